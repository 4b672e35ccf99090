namespace Waymark.Web.Api;

/// <summary>A tracker with its text, its actions and the steps of its sign-off.</summary>
public sealed record TrackerJson(
    int Id,
    string PriorityCode,
    string PriorityTitle,
    string Period,
    string State,
    string? ProposedRating,
    string? AgreedRating,
    string? Direction,
    string? ContextualUpdate,
    string? ChallengesAndRisks,
    int Version,
    IReadOnlyList<TrackerActionJson> Actions,
    IReadOnlyList<TrackerStepJson> Steps);
