using Waymark.Assessments;
using Waymark.Periods;
using Waymark.Ratings;
using Waymark.Trackers;

namespace Waymark.Data.Imports;

/// <summary>
/// A framework file as read and checked on its own, before its references are checked against the store. Every
/// part keeps its JSON path, so a later problem can say where it is written.
/// </summary>
internal sealed record FrameworkDocument(
    FrameworkDocument.CouncilPart Council,
    IReadOnlyList<FrameworkDocument.DirectoratePart> Directorates,
    IReadOnlyList<FrameworkDocument.BoardPart> Boards,
    IReadOnlyList<FrameworkDocument.UserPart> Users,
    IReadOnlyList<FrameworkDocument.PlanPart> Plans,
    IReadOnlyList<FrameworkDocument.TrackerPart> Trackers,
    IReadOnlyList<FrameworkDocument.CyclePart> Calendar,
    IReadOnlyList<FrameworkDocument.AssessmentPart> Assessments,
    IReadOnlyList<FrameworkDocument.AssessmentFrameworkPart> AssessmentFrameworks)
{
    /// <summary>How many records the file holds: each council, directorate, board, user, plan, outcome, priority, tracker, quarter, deadline, meeting, score and assessment framework.</summary>
    public long Records =>
        1 + Directorates.Count + Boards.Count + Users.Count
        + Plans.Sum(p => 1L + p.Outcomes.Count + p.Priorities.Count)
        + Trackers.Count
        + Calendar.Sum(c => 1L + c.Deadlines.Count + c.Meetings.Count)
        + Assessments.Sum(a => (long)a.Scores.Count)
        + AssessmentFrameworks.Count;

    public sealed record CouncilPart(string Path, string Name, int? LaNumber, int? SmallNumberThreshold = null);

    public sealed record DirectoratePart(string Path, string Name);

    public sealed record BoardPart(string Path, string Name, IReadOnlyList<JsonText> Indicators);

    public sealed record UserPart(string Path, string Email, string Name, IReadOnlyList<string> Roles, string? Organisation, IReadOnlyList<JsonText> Owns, long RolesLine);

    public sealed record PlanPart(string Path, string Code, string Title, ReportingPeriod? FirstYear, ReportingPeriod? LastYear, IReadOnlyList<OutcomePart> Outcomes, IReadOnlyList<PriorityPart> Priorities);

    public sealed record OutcomePart(string Path, string Code, string Title);

    public sealed record PriorityPart(
        string Path,
        string Code,
        string Title,
        JsonText? Outcome,
        JsonText? Directorate,
        JsonText? LeadOfficer,
        JsonText? AccountableDirector,
        IReadOnlyList<ContributorPart> Contributors,
        bool HighRisk,
        IReadOnlyList<JsonText> Boards,
        IReadOnlyList<JsonText> Indicators);

    /// <summary>An officer named by email, or a partner organisation named as reports show it.</summary>
    public sealed record ContributorPart(string Path, JsonText? Officer, string? Partner);

    public sealed record TrackerPart(
        string Path,
        JsonText Priority,
        ReportingPeriod Period,
        TrackerContent Content,
        Rating? AgreedRating,
        string? AmendmentReason,
        string? ChallengesAndRisks,
        IReadOnlyList<ActionPart> KeyActions,
        TrackerState State,
        bool Illustrative);

    public sealed record ActionPart(string Path, string Action, string? Owner, DateOnly? Due, string? Progress);

    public sealed record CyclePart(string Path, ReportingPeriod Period, IReadOnlyList<DeadlinePart> Deadlines, IReadOnlyList<MeetingPart> Meetings);

    public sealed record DeadlinePart(string Path, string Description, DateOnly Due, string? Responsible);

    public sealed record MeetingPart(string Path, string Body, JsonText? Board, DateOnly Date);

    public sealed record AssessmentPart(string Path, string Framework, string Round, bool Provisional, IReadOnlyList<ScorePart> Scores);

    /// <summary>One cell of an assessment table; <see cref="Position"/> is its place in the round's list, from 1.</summary>
    public sealed record ScorePart(string Path, string? BlockGroup, string Block, int Position, string? Score, bool CarriedForward);

    /// <summary>A version of an assessment framework, with its blocks and category rules in the file's order.</summary>
    public sealed record AssessmentFrameworkPart(
        string Path,
        string Name,
        string Version,
        string Round,
        ReportingPeriod Period,
        string? PreviousRound,
        bool Current,
        decimal NewResultsShare,
        bool Illustrative,
        IReadOnlyList<AssessmentBlockPart> Blocks,
        IReadOnlyList<CategoryRule> Categories);

    /// <summary>A block; <see cref="Conversion"/> is null for a block judged by inspection.</summary>
    public sealed record AssessmentBlockPart(string Path, string Name, string? Group, ScoreConversion? Conversion, IReadOnlyList<ThresholdPart> Indicators);

    public sealed record ThresholdPart(string Path, JsonText Indicator, decimal Lower, decimal Upper, ThresholdBoundary Boundary, BandPoints Points);
}
