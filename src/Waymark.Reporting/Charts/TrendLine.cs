namespace Waymark.Reporting.Charts;

/// <summary>One series drawn on a trend chart: its points (periods without a value left out) and its key in the legend.</summary>
public sealed record TrendLine(TrendSeries Series, IReadOnlyList<ChartPoint> Points, ChartSegment LegendKey, ChartText LegendLabel);
