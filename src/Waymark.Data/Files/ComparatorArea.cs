using System.Globalization;

using Waymark.Areas;

namespace Waymark.Data.Files;

/// <summary>The area a comparator value is for: an LA, a region, England, or an LA's statistical neighbours.</summary>
/// <param name="Kind">What the area is.</param>
/// <param name="Number">An LA's three-digit number; 0 for other kinds.</param>
/// <param name="Region">A region's name as <see cref="RegionNames.Normalise"/> writes it; <see langword="null"/> for other kinds.</param>
public readonly record struct ComparatorArea(AreaKind Kind, int Number, string? Region)
{
    /// <summary>The word for the statistical neighbours' average in <c>comparators.csv</c>.</summary>
    public const string StatisticalNeighboursWord = "Statistical neighbours";

    /// <summary>England.</summary>
    public static ComparatorArea England { get; } = new(AreaKind.England, 0, null);

    /// <summary>The statistical neighbours' average.</summary>
    public static ComparatorArea StatisticalNeighbours { get; } = new(AreaKind.StatisticalNeighbours, 0, null);

    /// <summary>How the area is written in <c>comparators.csv</c>: <c>383</c>, <c>England</c>, <c>Inner London</c>, <c>Statistical neighbours</c>.</summary>
    public override string ToString() => Kind switch
    {
        AreaKind.LocalAuthority => Number.ToString("D3", CultureInfo.InvariantCulture),
        AreaKind.Region => Region ?? string.Empty,
        AreaKind.England => "England",
        AreaKind.StatisticalNeighbours => StatisticalNeighboursWord,
        _ => string.Empty,
    };
}
