namespace Waymark.Reporting.Charts;

/// <summary>A position on a chart, in the chart's units (pixels at 96 dpi), from its top left corner.</summary>
public readonly record struct ChartPoint(decimal X, decimal Y);
