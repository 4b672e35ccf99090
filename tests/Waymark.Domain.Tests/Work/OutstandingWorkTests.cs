using Waymark.Indicators;
using Waymark.Periods;
using Waymark.Trackers;
using Waymark.Work;

namespace Waymark.Domain.Tests.Work;

public sealed class OutstandingWorkTests
{
    private static readonly ReportingPeriod Q3 = ReportingPeriod.Parse("2010/11 Q3");
    private static readonly ReportingPeriod Q4 = ReportingPeriod.Parse("2010/11 Q4");
    private static readonly DateOnly SubmitBy = new(2011, 1, 28);
    private static readonly DateOnly AgreeBy = new(2011, 2, 4);

    [Theory]
    [InlineData(Frequency.Quarterly, "2010/11 Q3", "2010/11 Q3")]
    [InlineData(Frequency.Monthly, "2010/11 Q3", "2010-12")]
    [InlineData(Frequency.Annual, "2010/11 Q3", null)]
    [InlineData(Frequency.Annual, "2010/11 Q4", "2010/11")]
    public void ReturnPeriod_FinancialYearIndicator_IsThePeriodEndingInTheQuarter(Frequency frequency, string cycle, string? owed)
    {
        Assert.Equal(owed is null ? null : ReportingPeriod.Parse(owed), OutstandingWork.ReturnPeriod(frequency, YearType.Financial, ReportingPeriod.Parse(cycle)));
    }

    [Fact]
    public void ReturnPeriod_AcademicYearIndicator_IsOwedInTheQuarterItsYearEnds()
    {
        Assert.Equal(ReportingPeriod.Parse("AY 2009/10"), OutstandingWork.ReturnPeriod(Frequency.Annual, YearType.Academic, ReportingPeriod.Parse("2010/11 Q2")));
        Assert.Null(OutstandingWork.ReturnPeriod(Frequency.Annual, YearType.Academic, Q3));
    }

    [Fact]
    public void Return_NoResultHeld_IsOwedByTheOwnerByTheDeadline()
    {
        WorkItem? item = OutstandingWork.Return(7, 3, Frequency.Quarterly, YearType.Financial, Q3, _ => false, new DateOnly(2011, 1, 21));

        Assert.Equal(new WorkItem(WorkStep.EnterReturn, 7, Q3, 3, new DateOnly(2011, 1, 21)), item);
    }

    [Fact]
    public void Return_ResultHeldOrNoOwner_IsNotOwed()
    {
        Assert.Null(OutstandingWork.Return(7, 3, Frequency.Quarterly, YearType.Financial, Q3, p => p == Q3, null));
        Assert.Null(OutstandingWork.Return(7, null, Frequency.Quarterly, YearType.Financial, Q3, _ => false, null));
    }

    [Theory]
    [InlineData(null, WorkStep.StartTracker, 10)]
    [InlineData(TrackerState.Draft, WorkStep.SubmitTracker, 10)]
    [InlineData(TrackerState.Returned, WorkStep.ReviseReturnedTracker, 10)]
    [InlineData(TrackerState.Submitted, WorkStep.AgreeRating, 20)]
    public void Tracker_HighRiskPriority_WaitsForTheOfficerUntilSubmittedThenForTheDirector(TrackerState? state, WorkStep step, int person)
    {
        WorkItem? item = OutstandingWork.Tracker(5, highRisk: true, leadOfficerId: 10, directorId: 20, state, Q3, SubmitBy, AgreeBy);

        Assert.Equal(new WorkItem(step, 5, Q3, person, step == WorkStep.AgreeRating ? AgreeBy : SubmitBy), item);
    }

    [Fact]
    public void Tracker_Agreed_WaitsForNoOne()
    {
        Assert.Null(OutstandingWork.Tracker(5, highRisk: true, 10, 20, TrackerState.Agreed, Q3, SubmitBy, AgreeBy));
    }

    [Fact]
    public void Tracker_OtherPriorityAtQuarter3_IsNotAskedForButAtQuarter4Is()
    {
        Assert.Null(OutstandingWork.Tracker(5, highRisk: false, 10, 20, null, Q3, SubmitBy, AgreeBy));
        Assert.Equal(WorkStep.StartTracker, OutstandingWork.Tracker(5, highRisk: false, 10, 20, null, Q4, SubmitBy, AgreeBy)?.Step);
    }

    [Theory]
    [InlineData("2011-01-27", false)]
    [InlineData("2011-01-28", false)]
    [InlineData("2011-01-29", true)]
    public void IsOverdue_TheDayAfterTheDeadline_IsOverdue(string today, bool overdue)
    {
        var item = new WorkItem(WorkStep.SubmitTracker, 5, Q3, 10, SubmitBy);

        Assert.Equal(overdue, item.IsOverdue(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void IsOverdue_NoDeadline_IsNeverOverdue()
    {
        Assert.False(new WorkItem(WorkStep.EnterReturn, 5, Q3, 10, null).IsOverdue(DateOnly.MaxValue));
    }

    [Fact]
    public void Soonest_OrdersByDeadlineThenStepWithUndatedLast()
    {
        WorkItem agree = new(WorkStep.AgreeRating, 1, Q3, 1, AgreeBy);
        WorkItem undated = new(WorkStep.EnterReturn, 2, Q3, 1, null);
        WorkItem submit = new(WorkStep.SubmitTracker, 3, Q3, 1, SubmitBy);
        WorkItem start = new(WorkStep.StartTracker, 4, Q3, 1, SubmitBy);

        Assert.Equal([start, submit, agree, undated], OutstandingWork.Soonest([agree, undated, submit, start], i => i));
    }

    [Theory]
    [InlineData("data-officer", new[] { WorkStep.EnterReturn })]
    [InlineData(" Accountable-Officer ", new[] { WorkStep.StartTracker, WorkStep.SubmitTracker, WorkStep.ReviseReturnedTracker })]
    [InlineData("director", new[] { WorkStep.AgreeRating })]
    [InlineData("administrator", new WorkStep[0])]
    [InlineData("sam.patel@example.org", new WorkStep[0])]
    public void StepsOf_DeadlineResponsible_AreTheStepsItsHoldersOwe(string responsible, WorkStep[] steps)
    {
        Assert.Equal(steps, OutstandingWork.StepsOf(responsible));
    }

    [Fact]
    public void IsStillOwed_ReturnEnteredOrTrackerAgreed_IsNot()
    {
        WorkItem[] outstanding =
        [
            new(WorkStep.EnterReturn, 66, Q3, 3, SubmitBy),
            new(WorkStep.AgreeRating, 12, Q3, 8, AgreeBy),
        ];

        Assert.True(OutstandingWork.IsStillOwed("data-officer", 3, outstanding));
        Assert.False(OutstandingWork.IsStillOwed("data-officer", 4, outstanding));
        Assert.False(OutstandingWork.IsStillOwed("accountable-officer", 3, outstanding));
        Assert.True(OutstandingWork.IsStillOwed("director", 8, outstanding));
        Assert.False(OutstandingWork.IsStillOwed("director", 8, []));
    }

    [Fact]
    public void IsStillOwed_DeadlineWhoseWorkTheCycleDoesNotShow_AlwaysIs()
    {
        Assert.True(OutstandingWork.IsStillOwed("administrator", 1, []));
    }

    [Theory]
    [InlineData(TrackerState.Draft, true)]
    [InlineData(TrackerState.Returned, true)]
    [InlineData(TrackerState.Submitted, false)]
    [InlineData(TrackerState.Agreed, false)]
    public void Contribution_HighRiskTracker_IsOpenToThePartnerWhileItIsADraft(TrackerState state, bool open)
    {
        WorkItem? item = OutstandingWork.Contribution(7, highRisk: true, partnerId: 10, state, Q3, SubmitBy);

        Assert.Equal(open ? new WorkItem(WorkStep.ContributeToTracker, 7, Q3, 10, SubmitBy) : null, item);
    }

    [Fact]
    public void Contribution_TrackerNotStartedOrNotConsidered_AsksNothing()
    {
        Assert.Null(OutstandingWork.Contribution(7, highRisk: true, partnerId: 10, state: null, Q3, SubmitBy));
        Assert.Null(OutstandingWork.Contribution(7, highRisk: false, partnerId: 10, TrackerState.Draft, Q3, SubmitBy));
        Assert.Equal("Add your contribution to the draft tracker", WorkStep.ContributeToTracker.ToAction());
    }
}
