namespace Waymark.Data.Trackers;

/// <summary>A key action or activity in a tracker, with its owner, due date and progress.</summary>
public sealed class TrackerAction
{
    public int Id { get; set; }

    public int TrackerId { get; set; }

    public int Position { get; set; }

    public required string Description { get; set; }

    public string? Owner { get; set; }

    public DateOnly? DueDate { get; set; }

    public string? Progress { get; set; }
}
