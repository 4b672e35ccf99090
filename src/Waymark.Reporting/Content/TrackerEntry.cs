using Waymark.Ratings;

namespace Waymark.Reporting.Content;

/// <summary>An action tracker reproduced in full: the priority, its officers, the agreed rating and direction, the update, actions, risks and aligned indicators.</summary>
public sealed record TrackerEntry(
    string Priority,
    string Title,
    string Plan,
    bool HighRisk,
    string? LeadOfficer,
    string? AccountableDirector,
    Rating? Rating,
    DirectionOfTravel? Direction,
    string State,
    string? ContextualUpdate,
    string? ChallengesAndRisks,
    IReadOnlyList<TrackerActionLine> Actions,
    IReadOnlyList<IndicatorLine> Indicators);
