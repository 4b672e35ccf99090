namespace Waymark.Reporting.Charts;

/// <summary>
/// Where everything of a trend chart goes: the plot's frame, the value scale, the period labels, each series' line
/// and its legend entry, the lines in the order they are painted (the result last, on top), and the confidence intervals' whiskers when the chart has them. The SVG and PNG
/// painters draw this one layout, so the two pictures agree.
/// </summary>
public sealed record TrendLayout(
    int Width,
    int Height,
    string Title,
    string Description,
    ChartPoint PlotOrigin,
    decimal PlotWidth,
    decimal PlotHeight,
    IReadOnlyList<TrendTick> Ticks,
    IReadOnlyList<ChartText> PeriodLabels,
    IReadOnlyList<TrendLine> Lines,
    TrendWhiskers? Whiskers = null)
{
    /// <summary>Whether there is nothing to plot: no period, or no value in any series.</summary>
    public bool IsEmpty => Lines.Count == 0;
}
