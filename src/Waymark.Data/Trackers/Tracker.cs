using Waymark.Periods;

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

    /// <summary>The overall rating proposed by the accountable officer: <c>green</c>, <c>amber</c> or <c>red</c>.</summary>
    public string? ProposedRating { get; set; }

    /// <summary>The rating the director agreed; set when the tracker is agreed.</summary>
    public string? AgreedRating { get; set; }

    /// <summary><c>improving</c>, <c>static</c> or <c>deteriorating</c>.</summary>
    public string? Direction { get; set; }

    public string? ContextualUpdate { get; set; }

    public string? ChallengesAndRisks { get; set; }

    /// <summary><c>draft</c>, <c>submitted</c>, <c>agreed</c> or <c>returned</c>.</summary>
    public required string State { get; set; }

    public bool Illustrative { get; set; }

    public int ConcurrencyVersion { get; set; }

    public List<TrackerAction> Actions { get; } = [];

    public List<TrackerStep> Steps { get; } = [];
}
