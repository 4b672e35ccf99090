namespace Waymark.Reporting.Charts;

/// <summary>A straight line on a chart, from one point to another.</summary>
public readonly record struct ChartSegment(ChartPoint From, ChartPoint To);
