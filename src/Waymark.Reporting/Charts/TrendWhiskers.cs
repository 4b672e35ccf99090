namespace Waymark.Reporting.Charts;

/// <summary>The whiskers of a trend chart: one for each result with a 95% confidence interval, and their key in the legend.</summary>
/// <param name="Whiskers">Each result's whisker, from the lower end of its interval to the upper end.</param>
/// <param name="LegendKey">The short upright line that stands for a whisker in the legend.</param>
/// <param name="LegendLabel">The legend's words for it.</param>
public sealed record TrendWhiskers(IReadOnlyList<TrendWhisker> Whiskers, ChartSegment LegendKey, ChartText LegendLabel);

/// <summary>The whisker of one period's result: its 95% confidence interval, drawn upright through the point.</summary>
/// <param name="Period">The period, as the chart labels it.</param>
/// <param name="Line">From the interval's lower end to its upper end.</param>
public sealed record TrendWhisker(string Period, ChartSegment Line);
