using Waymark.Ratings;

namespace Waymark.Reporting.Content;

/// <summary>One row of the rating summary.</summary>
public sealed record RatingCount(Rating Rating, string Label, int Count, int Percent);
