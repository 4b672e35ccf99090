namespace Waymark.Data.Framework;

/// <summary>A council whose performance framework Waymark holds.</summary>
public sealed class Council
{
    public int Id { get; set; }

    public required string Name { get; set; }

    /// <summary>The local authority the council is, for benchmarking (its DfE LA number).</summary>
    public int? AreaId { get; set; }

    public List<Directorate> Directorates { get; } = [];

    public List<Board> Boards { get; } = [];
}
