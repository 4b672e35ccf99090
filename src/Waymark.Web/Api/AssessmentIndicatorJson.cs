namespace Waymark.Web.Api;

/// <summary>
/// An indicator of a block: its thresholds, its latest result (and whether it is new in the round) with its band
/// (<c>bottom</c>, <c>middle</c> or <c>top</c>) and points, and the value the predicted score uses with its band.
/// </summary>
public sealed record AssessmentIndicatorJson(
    string Indicator,
    decimal Lower,
    decimal Upper,
    decimal? Latest,
    bool LatestIsNew,
    string? Band,
    int? Points,
    decimal? Predicted,
    bool UsesPrediction,
    string? PredictedBand,
    int? PredictedPoints);
