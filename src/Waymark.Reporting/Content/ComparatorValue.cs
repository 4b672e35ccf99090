namespace Waymark.Reporting.Content;

/// <summary>A published comparator value, the area it is for and the period it belongs to.</summary>
public sealed record ComparatorValue(string Area, string Period, decimal Value);
