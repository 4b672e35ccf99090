namespace Waymark.Web.Api;

/// <summary>
/// A tracker with its text, its actions and the steps of its sign-off. <c>amendment_reason</c> is the director's reason
/// for agreeing a rating different from the proposed one, and is null otherwise.
/// </summary>
public sealed record TrackerJson(
    int Id,
    string PriorityCode,
    string PriorityTitle,
    string Period,
    string State,
    string? ProposedRating,
    string? AgreedRating,
    string? AmendmentReason,
    string? Direction,
    string? ContextualUpdate,
    string? ChallengesAndRisks,
    int Version,
    IReadOnlyList<TrackerActionJson> Actions,
    IReadOnlyList<TrackerStepJson> Steps);
