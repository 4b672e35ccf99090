namespace Waymark.Reporting.Charts;

/// <summary>One entry of an XmR chart's legend: the mark drawn at <paramref name="At"/> and its name beside it.</summary>
public sealed record SpcKey(SpcMark Mark, ChartPoint At, ChartText Label);
