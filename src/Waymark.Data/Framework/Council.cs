namespace Waymark.Data.Framework;

/// <summary>A council whose performance framework Waymark holds.</summary>
public sealed class Council
{
    public int Id { get; set; }

    public required string Name { get; set; }

    /// <summary>The local authority the council is, for benchmarking (its DfE LA number).</summary>
    public int? AreaId { get; set; }

    /// <summary>
    /// The largest count of people the council publishes as <c>c</c> (<see cref="Waymark.Disclosure.SmallNumberThreshold"/>):
    /// 5 unless its framework file says otherwise; a file without it keeps the one held.
    /// </summary>
    public int SmallNumberThreshold { get; set; } = 5;

    public List<Directorate> Directorates { get; } = [];

    public List<Board> Boards { get; } = [];
}
