namespace Waymark.Assessments;

/// <summary>
/// One indicator of a block at a round: its latest result with its band and points, and the value the predicted
/// score uses (its predicted year end, or its latest result when it has no prediction) with that value's band and
/// points. Bands and points are null where there is no value.
/// </summary>
public sealed record IndicatorAssessment(
    string Code,
    decimal? Latest,
    bool LatestIsNew,
    ThresholdBand? Band,
    int? Points,
    decimal? PredictedValue,
    bool UsesPrediction,
    ThresholdBand? PredictedBand,
    int? PredictedPoints);
