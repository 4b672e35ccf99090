using Waymark.Periods;

namespace Waymark.Work;

/// <summary>One thing the reporting cycle waits for: which step, on what, for which period, from whom and by when.</summary>
/// <param name="Step">What is to be done.</param>
/// <param name="SubjectId">The indicator (for a return) or the priority (for a tracker) it is done on.</param>
/// <param name="Period">The period whose result or tracker it is.</param>
/// <param name="PersonId">Who must do it; none when no one is named.</param>
/// <param name="Due">The cycle's deadline for it; none when the cycle sets none.</param>
public sealed record WorkItem(WorkStep Step, int SubjectId, ReportingPeriod Period, int? PersonId, DateOnly? Due)
{
    /// <summary>Whether the deadline has passed on <paramref name="today"/>: a thing due today is not yet overdue.</summary>
    public bool IsOverdue(DateOnly today) => Due is { } due && due < today;
}
