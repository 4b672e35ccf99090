namespace Waymark.Web.Api;

/// <summary>
/// An indicator's result for one period with what the rules say about it: the target that applies, the rating (or
/// why there is none), the direction of travel, and the predicted year end rated against the annual target.
/// </summary>
public sealed record ResultJson(
    string Period,
    decimal? Value,
    decimal? Numerator,
    decimal? Denominator,
    string? DataQuality,
    string? DataQualityNote,
    string? Commentary,
    decimal? Target,
    string? TargetBasis,
    string Rating,
    string? Reason,
    string Direction,
    decimal? PreviousValue,
    decimal? PredictedYearEnd,
    string? PredictionBasis,
    decimal? AnnualTarget,
    string PredictedRating,
    string? PredictedReason,
    string? EnteredBy,
    DateTimeOffset? EnteredAt,
    int? Version,
    IntervalJson? Interval = null);
