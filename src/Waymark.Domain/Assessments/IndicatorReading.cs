namespace Waymark.Assessments;

/// <summary>
/// What is known of an indicator at a round: its latest result (null when it has none), whether that result is
/// new in the round (rather than left from an earlier year), and its predicted year end (null when there is none).
/// </summary>
public sealed record IndicatorReading(string Code, decimal? Latest, bool LatestIsNew, decimal? Predicted);
