using Waymark.Periods;

namespace Waymark.Data.Calendar;

/// <summary>The accountability cycle for one quarter: its deadlines and the meetings the pack goes to.</summary>
public sealed class ReportingCycle
{
    public int Id { get; set; }

    public int CouncilId { get; set; }

    public ReportingPeriod Period { get; set; }

    public List<Deadline> Deadlines { get; } = [];

    public List<Meeting> Meetings { get; } = [];
}
