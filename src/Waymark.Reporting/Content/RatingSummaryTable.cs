namespace Waymark.Reporting.Content;

/// <summary>
/// The number and percentage of the board's indicators at each rating for the period, in the order red, amber, green,
/// unable to traffic light, over all <paramref name="Total"/> indicators relevant to the board as the seeds count them:
/// an indicator with no result for the period is unable to traffic light, and <paramref name="WithoutResult"/> says
/// how many of those are so for want of a result.
/// </summary>
public sealed record RatingSummaryTable(IReadOnlyList<RatingCount> Rows, int Total, int WithoutResult);
