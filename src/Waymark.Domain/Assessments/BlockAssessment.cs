namespace Waymark.Assessments;

/// <summary>
/// A block's assessment at a round: its score and where it comes from, whether it is provisional and why, its
/// predicted score (from predicted year ends where there are any) and whether that rests on predictions, its
/// indicators, and what would move its predicted score up or down, nearest first. <see cref="PredictedState"/> says
/// where the predicted score comes from: computed from the indicators' predicted year ends (or results), carried
/// forward when there is nothing to predict from, entered from an inspection, or not scored.
/// </summary>
public sealed record BlockAssessment(
    FrameworkBlock Block,
    int? Score,
    BlockScoreState State,
    bool Provisional,
    string? ProvisionalReason,
    int? PredictedScore,
    BlockScoreState PredictedState,
    bool PredictedProvisional,
    string? PredictedReason,
    IReadOnlyList<IndicatorAssessment> Indicators,
    IReadOnlyList<ScoreMove> Moves);
