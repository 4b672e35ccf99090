namespace Waymark.Data.Framework;

/// <summary>A scrutiny board (or committee) that performance is reported to.</summary>
public sealed class Board
{
    public int Id { get; set; }

    public int CouncilId { get; set; }

    public required string Name { get; set; }

    /// <summary>Incremented on every change; an edit made from an older version is refused.</summary>
    public int ConcurrencyVersion { get; set; }
}
