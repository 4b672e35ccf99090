namespace Waymark.Reporting.Charts;

/// <summary>A value on a trend chart's vertical scale: its gridline across the plot and its label.</summary>
public sealed record TrendTick(ChartSegment Gridline, ChartText Label);
