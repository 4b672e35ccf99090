namespace Waymark.Reporting.Content;

/// <summary>One period of a highlighted indicator's trend: its value, the target that applied, and the comparators published for that period.</summary>
public sealed record TrendPoint(string Period, decimal? Value, decimal? Target, decimal? England, decimal? Region, decimal? Neighbours);
