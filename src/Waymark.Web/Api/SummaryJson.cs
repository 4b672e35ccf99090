namespace Waymark.Web.Api;

/// <summary>A board's ratings summary for a period: the ratings now and those of the predicted year ends.</summary>
public sealed record SummaryJson(string Board, string Period, RatingCountsJson Current, RatingCountsJson Predicted);
