using Waymark.Ratings;

namespace Waymark.Reporting.Content;

/// <summary>A tracker's agreed rating (null until agreed) and direction of travel (null when not given) for one quarter.</summary>
public sealed record ProgressCell(Rating? Rating, DirectionOfTravel? Direction);
