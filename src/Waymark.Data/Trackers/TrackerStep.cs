using Waymark.Trackers;

namespace Waymark.Data.Trackers;

/// <summary>A step in a tracker's life: submitted by the officer, agreed or returned by the director.</summary>
public sealed class TrackerStep
{
    public int Id { get; set; }

    public int TrackerId { get; set; }

    /// <summary>The state the tracker moved to.</summary>
    public required TrackerState State { get; set; }

    public required string By { get; set; }

    public DateTimeOffset At { get; set; }

    public string? Comment { get; set; }
}
