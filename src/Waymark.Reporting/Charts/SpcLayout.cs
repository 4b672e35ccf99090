namespace Waymark.Reporting.Charts;

/// <summary>
/// An XmR chart laid out on the same plot, scale and axes as a trend chart: the line of values, each point marked by
/// shape and colour for what it is, each calculation's mean and process limits, the target and the recalculations,
/// with a legend of the marks that are drawn, and below it a key of the letters that label the flagged points by the
/// rule that flagged them. Painted as SVG by <see cref="SpcChart.Svg"/>.
/// </summary>
public sealed record SpcLayout(
    int Width,
    int Height,
    string Title,
    string Description,
    ChartPoint PlotOrigin,
    decimal PlotWidth,
    decimal PlotHeight,
    IReadOnlyList<TrendTick> Ticks,
    IReadOnlyList<ChartText> PeriodLabels,
    IReadOnlyList<ChartPoint> Line,
    IReadOnlyList<SpcRule> Rules,
    IReadOnlyList<SpcMarker> Markers,
    IReadOnlyList<SpcKey> Legend,
    IReadOnlyList<SpcRuleKey> RuleKeys)
{
    /// <summary>Whether there is nothing to draw: no points.</summary>
    public bool IsEmpty => Markers.Count == 0;
}
