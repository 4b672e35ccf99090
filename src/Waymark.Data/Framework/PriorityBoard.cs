namespace Waymark.Data.Framework;

/// <summary>A board that a priority reports to.</summary>
public sealed class PriorityBoard
{
    public int PriorityId { get; set; }

    public int BoardId { get; set; }
}
