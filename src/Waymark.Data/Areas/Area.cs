namespace Waymark.Data.Areas;

/// <summary>
/// A place figures are published for: a local authority (by its DfE number, such as 383 for Leeds), a region
/// (980-990 in LAIT), England (970), or the pseudo-area "Statistical neighbours" that published comparisons use.
/// </summary>
public sealed class Area
{
    public int Id { get; set; }

    /// <summary>The DfE/LAIT number as text (<c>383</c>, <c>970</c>); the name for an area without a number.</summary>
    public required string Code { get; set; }

    public required string Name { get; set; }

    /// <summary><c>la</c>, <c>region</c>, <c>england</c> or <c>neighbours</c>.</summary>
    public required string Kind { get; set; }

    /// <summary>The region a local authority is in.</summary>
    public int? RegionId { get; set; }

    /// <summary>The type of authority, as DfE lists it (<c>MD</c>, <c>UA</c>, <c>SC</c>, <c>OLB</c>, <c>ILB</c>).</summary>
    public string? LaType { get; set; }
}
