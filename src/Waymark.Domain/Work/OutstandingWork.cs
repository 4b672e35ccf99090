using Waymark.Cycle;
using Waymark.Indicators;
using Waymark.Periods;
using Waymark.Trackers;

namespace Waymark.Work;

/// <summary>
/// What a quarter's reporting cycle still waits for, from the owners, lead officers and directors it names: each
/// owned indicator owes the result of the period the cycle covers (see <see cref="ReturnPeriod"/>) until one is held,
/// and each priority whose tracker the cycle's report considers (<see cref="ReportContents.Considers"/>) owes a
/// tracker until its director has agreed it.
/// </summary>
public static class OutstandingWork
{
    /// <summary>
    /// The period whose result an indicator of <paramref name="frequency"/> owes in the cycle of the quarter
    /// <paramref name="cycle"/>: the quarter itself for a quarterly indicator, the quarter's last month for a monthly
    /// one, and for an annual one its year when that year ends in the quarter, otherwise nothing.
    /// </summary>
    public static ReportingPeriod? ReturnPeriod(Frequency frequency, YearType yearType, ReportingPeriod cycle) => frequency switch
    {
        Frequency.Quarterly => cycle,
        Frequency.Monthly => ReportingPeriod.Containing(PeriodKind.Month, cycle.End),
        _ => YearEndingIn(yearType, cycle),
    };

    // The year that contains the quarter's last day may end later (an academic year ending in August, in Q2): then
    // the year before is the one that can end inside the quarter.
    private static ReportingPeriod? YearEndingIn(YearType yearType, ReportingPeriod cycle)
    {
        ReportingPeriod year = ReportingPeriod.Containing(yearType.AnnualKind(), cycle.End);
        return cycle.Contains(year.End) ? year
            : cycle.Contains(year.YearEarlier().End) ? year.YearEarlier()
            : null;
    }

    /// <summary>
    /// The return an indicator owes in the cycle, or none: none when it has no owner, owes nothing in the cycle, or
    /// <paramref name="held"/> says a result is held for the period (a value, or one withheld as not fit to rate).
    /// </summary>
    public static WorkItem? Return(int indicatorId, int? ownerId, Frequency frequency, YearType yearType, ReportingPeriod cycle, Func<ReportingPeriod, bool> held, DateOnly? due)
    {
        ArgumentNullException.ThrowIfNull(held);
        return ownerId is not null && ReturnPeriod(frequency, yearType, cycle) is { } period && !held(period)
            ? new WorkItem(WorkStep.EnterReturn, indicatorId, period, ownerId, due)
            : null;
    }

    /// <summary>
    /// The step a priority's tracker for the cycle waits for, or none: none when the cycle's report does not consider
    /// the priority, or the tracker is agreed. Not started, draft and returned trackers wait for the lead officer by
    /// <paramref name="submitBy"/>; a submitted one waits for the director by <paramref name="agreeBy"/>.
    /// </summary>
    /// <param name="priorityId">The priority.</param>
    /// <param name="highRisk">Whether the priority is high-risk, so that its tracker goes every quarter.</param>
    /// <param name="leadOfficerId">The priority's lead officer, if one is named.</param>
    /// <param name="directorId">The priority's accountable director, if one is named.</param>
    /// <param name="state">The tracker's state; none when it has not been started.</param>
    /// <param name="cycle">The quarter of the cycle.</param>
    /// <param name="submitBy">The cycle's deadline for submitting trackers.</param>
    /// <param name="agreeBy">The cycle's deadline for agreeing ratings.</param>
    public static WorkItem? Tracker(int priorityId, bool highRisk, int? leadOfficerId, int? directorId, TrackerState? state, ReportingPeriod cycle, DateOnly? submitBy, DateOnly? agreeBy)
    {
        if (!ReportContents.ForPeriod(cycle).Considers(highRisk))
        {
            return null;
        }

        return state switch
        {
            null => new WorkItem(WorkStep.StartTracker, priorityId, cycle, leadOfficerId, submitBy),
            TrackerState.Returned => new WorkItem(WorkStep.ReviseReturnedTracker, priorityId, cycle, leadOfficerId, submitBy),
            { } s when TrackerSignOff.CanEdit(TrackerParty.Officer, s) => new WorkItem(WorkStep.SubmitTracker, priorityId, cycle, leadOfficerId, submitBy),
            { } s when TrackerSignOff.CanEdit(TrackerParty.Director, s) => new WorkItem(WorkStep.AgreeRating, priorityId, cycle, directorId, agreeBy),
            _ => null,
        };
    }

    /// <summary>
    /// What a partner named on a priority can do on its tracker for the cycle, or none: while the cycle's report
    /// considers the priority and the tracker is a draft its lead officer can still change (started and not yet
    /// submitted, or returned), the partner adds their contribution by <paramref name="submitBy"/>. A tracker not yet
    /// started, submitted or agreed asks nothing of the partner.
    /// </summary>
    public static WorkItem? Contribution(int priorityId, bool highRisk, int partnerId, TrackerState? state, ReportingPeriod cycle, DateOnly? submitBy) =>
        state is { } s && ReportContents.ForPeriod(cycle).Considers(highRisk) && TrackerSignOff.CanEdit(TrackerParty.Officer, s)
            ? new WorkItem(WorkStep.ContributeToTracker, priorityId, cycle, partnerId, submitBy)
            : null;

    /// <summary>
    /// The steps of the cycle that a deadline set for holders of <paramref name="responsible"/> waits for, as the
    /// reporting calendar names them: <c>data-officer</c> the returns, <c>accountable-officer</c> the trackers to start,
    /// complete or revise, <c>director</c> the ratings to agree. Empty for any other (such as the performance team's
    /// deadline to send the report, or a deadline set for a person by name), whose work the cycle's items do not show.
    /// </summary>
    public static IReadOnlyList<WorkStep> StepsOf(string? responsible) => responsible?.Trim().ToUpperInvariant() switch
    {
        "DATA-OFFICER" => [WorkStep.EnterReturn],
        "ACCOUNTABLE-OFFICER" => [WorkStep.StartTracker, WorkStep.SubmitTracker, WorkStep.ReviseReturnedTracker],
        "DIRECTOR" => [WorkStep.AgreeRating],
        _ => [],
    };

    /// <summary>
    /// Whether a reminder or chase of a deadline set for <paramref name="responsible"/> is still to go to
    /// <paramref name="personId"/>: while they owe one of the deadline's steps (<see cref="StepsOf"/>) among the cycle's
    /// <paramref name="outstanding"/> items, so that nobody is reminded of a return entered or a tracker submitted or
    /// agreed; always for a deadline whose work the items do not show.
    /// </summary>
    public static bool IsStillOwed(string? responsible, int personId, IEnumerable<WorkItem> outstanding)
    {
        ArgumentNullException.ThrowIfNull(outstanding);
        IReadOnlyList<WorkStep> steps = StepsOf(responsible);
        return steps.Count == 0 || outstanding.Any(i => i.PersonId == personId && steps.Contains(i.Step));
    }

    /// <summary>The lines soonest first: by their items' deadlines (those without one last), then in the order of the cycle's steps; otherwise as given.</summary>
    public static IReadOnlyList<T> Soonest<T>(IEnumerable<T> lines, Func<T, WorkItem> item)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(item);
        return [.. lines.OrderBy(l => item(l).Due ?? DateOnly.MaxValue).ThenBy(l => item(l).Step)];
    }

    /// <summary>What the step is, as the reporting calendar says it waits: "Return not entered", "Rating not agreed".</summary>
    public static string ToLabel(this WorkStep step) => step switch
    {
        WorkStep.EnterReturn => "Return not entered",
        WorkStep.StartTracker => "Tracker not started",
        WorkStep.SubmitTracker => "Tracker not submitted (draft)",
        WorkStep.ReviseReturnedTracker => "Tracker not submitted (returned)",
        WorkStep.AgreeRating => "Rating not agreed",
        WorkStep.ContributeToTracker => "Partner's contribution open (draft)",
        _ => throw new ArgumentOutOfRangeException(nameof(step), step, "Not a step of the reporting cycle."),
    };

    /// <summary>What the step asks of the person who owes it: "Enter the result", "Agree or return the rating".</summary>
    public static string ToAction(this WorkStep step) => step switch
    {
        WorkStep.EnterReturn => "Enter the result",
        WorkStep.StartTracker => "Start the tracker",
        WorkStep.SubmitTracker => "Complete and submit the tracker",
        WorkStep.ReviseReturnedTracker => "Revise the returned tracker and submit it again",
        WorkStep.AgreeRating => "Agree or return the rating",
        WorkStep.ContributeToTracker => "Add your contribution to the draft tracker",
        _ => throw new ArgumentOutOfRangeException(nameof(step), step, "Not a step of the reporting cycle."),
    };
}
