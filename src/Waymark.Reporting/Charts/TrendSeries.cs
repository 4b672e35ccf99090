namespace Waymark.Reporting.Charts;

/// <summary>One line of a trend chart: its name, colour, dash pattern and a value (or none) per period.</summary>
public sealed record TrendSeries(string Name, string Colour, string Dash, IReadOnlyList<decimal?> Values);
