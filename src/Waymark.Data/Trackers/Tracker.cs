using Waymark.Periods;
using Waymark.Ratings;
using Waymark.Trackers;

namespace Waymark.Data.Trackers;

/// <summary>
/// The quarterly action tracker of one improvement priority: the overall rating the accountable officer proposes
/// and the director agrees, the direction of travel, the contextual update, key actions, challenges and risks.
/// </summary>
public sealed class Tracker
{
    public int Id { get; set; }

    public int PriorityId { get; set; }

    /// <summary>The financial quarter the tracker reports on.</summary>
    public ReportingPeriod Period { get; set; }

    public DateOnly PeriodStart { get; set; }

    /// <summary>The overall rating proposed by the accountable officer: green, amber or red (stored as its code).</summary>
    public Rating? ProposedRating { get; set; }

    /// <summary>The rating the director agreed; set when the tracker is agreed.</summary>
    public Rating? AgreedRating { get; set; }

    /// <summary>Why the director agreed a rating different from the proposed one; only for such an amendment.</summary>
    public string? AmendmentReason { get; set; }

    /// <summary>Improving, static or deteriorating (stored as its code).</summary>
    public DirectionOfTravel? Direction { get; set; }

    public string? ContextualUpdate { get; set; }

    public string? ChallengesAndRisks { get; set; }

    /// <summary>Where the tracker is in its sign-off (stored as <c>draft</c>, <c>submitted</c>, <c>agreed</c> or <c>returned</c>).</summary>
    public required TrackerState State { get; set; }

    public bool Illustrative { get; set; }

    public int ConcurrencyVersion { get; set; }

    public List<TrackerAction> Actions { get; } = [];

    public List<TrackerStep> Steps { get; } = [];
}
