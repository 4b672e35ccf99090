namespace Waymark.Data.Calendar;

/// <summary>A meeting the quarter's pack goes to: CMT, Leader Management Team, a scrutiny board.</summary>
public sealed class Meeting
{
    public int Id { get; set; }

    public int CycleId { get; set; }

    public required string Body { get; set; }

    /// <summary>The board, when the meeting is a scrutiny board's.</summary>
    public int? BoardId { get; set; }

    public DateOnly Date { get; set; }
}
