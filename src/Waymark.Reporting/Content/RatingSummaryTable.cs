namespace Waymark.Reporting.Content;

/// <summary>The number and percentage of the board's indicators at each rating, in the order red, amber, green, unable to traffic light.</summary>
public sealed record RatingSummaryTable(IReadOnlyList<RatingCount> Rows, int Total);
