namespace Waymark.Reporting.Charts;

/// <summary>A straight line across an XmR chart: a calculation's mean or process limit, the target, or a recalculation.</summary>
public sealed record SpcRule(SpcMark Mark, ChartSegment Segment);
