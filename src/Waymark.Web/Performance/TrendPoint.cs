namespace Waymark.Web.Performance;

/// <summary>One period on a trend chart: its label, its value and its target, either of which may be missing.</summary>
public sealed record TrendPoint(string Label, decimal? Value, decimal? Target);
