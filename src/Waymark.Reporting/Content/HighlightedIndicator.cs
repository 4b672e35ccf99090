namespace Waymark.Reporting.Content;

/// <summary>An underperforming indicator brought to the board's attention, with the officer's explanation and its trend.</summary>
public sealed record HighlightedIndicator(IndicatorLine Line, string? Explanation, IReadOnlyList<TrendPoint> Trend);
