namespace Waymark.Web.Api;

/// <summary>
/// One block: its score and where it comes from (<c>computed</c>, <c>carried_forward</c>, <c>inspection</c> or
/// <c>not_scored</c>), whether it is provisional and why, its predicted score, what would move it in words, why its
/// predicted score is missing or rests on fewer indicators (<see cref="PredictionNote"/>, null when nothing is missing), its
/// indicators and each move.
/// </summary>
public sealed record AssessmentBlockJson(
    string? BlockGroup,
    string Block,
    bool JudgedByInspection,
    int? Score,
    string State,
    bool Provisional,
    string? ProvisionalReason,
    int? PredictedScore,
    bool PredictedProvisional,
    string? PredictedReason,
    string WhatWouldMoveIt,
    string? PredictionNote,
    List<AssessmentIndicatorJson> Indicators,
    List<ScoreMoveJson> Moves);
