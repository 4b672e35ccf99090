namespace Waymark.Assessments;

/// <summary>
/// A block's assessment at a round: its score and where it comes from, whether it is provisional and why, its
/// predicted score (from predicted year ends where there are any) and whether that rests on predictions, its
/// indicators, and what would move its predicted score up or down, nearest first.
/// </summary>
public sealed record BlockAssessment(
    FrameworkBlock Block,
    int? Score,
    BlockScoreState State,
    bool Provisional,
    string? ProvisionalReason,
    int? PredictedScore,
    bool PredictedProvisional,
    string? PredictedReason,
    IReadOnlyList<IndicatorAssessment> Indicators,
    IReadOnlyList<ScoreMove> Moves);
