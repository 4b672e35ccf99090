namespace Waymark.Reporting.Content;

/// <summary>
/// The number and percentage of the board's indicators with a result for the period at each rating, in the order red,
/// amber, green, unable to traffic light; <paramref name="WithoutResult"/> more have no result yet.
/// </summary>
public sealed record RatingSummaryTable(IReadOnlyList<RatingCount> Rows, int Total, int WithoutResult);
