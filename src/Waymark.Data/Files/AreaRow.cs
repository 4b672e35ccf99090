using Waymark.Areas;

namespace Waymark.Data.Files;

/// <summary>One area of LAIT's list of LAs and regions.</summary>
/// <param name="Number">The DfE number: three digits for an LA (Leeds is 383), 970 for England, 980-990 for the regions.</param>
/// <param name="Name">The area's name as published.</param>
/// <param name="Kind">An LA, a region or England.</param>
/// <param name="Region">An LA's region as published (match it with <see cref="RegionNames.Comparer"/>); <see langword="null"/> for a region or England.</param>
/// <param name="Type">An LA's type as published (<c>MD</c>, <c>UA</c>, <c>SC</c>, <c>ILB</c>, <c>OLB</c>); <see langword="null"/> for a region or England.</param>
public sealed record AreaRow(int Number, string Name, AreaKind Kind, string? Region, string? Type);
