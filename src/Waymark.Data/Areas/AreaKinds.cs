using Waymark.Areas;

namespace Waymark.Data.Areas;

/// <summary>How the store writes an <see cref="AreaKind"/> in <see cref="Area.Kind"/>.</summary>
public static class AreaKinds
{
    public const string LocalAuthority = "la";

    public const string Region = "region";

    public const string England = "england";

    public const string StatisticalNeighbours = "neighbours";

    /// <summary>The number LAIT gives England.</summary>
    public const string EnglandCode = "970";

    /// <summary>The store's word for <paramref name="kind"/>.</summary>
    public static string ToCode(AreaKind kind) => kind switch
    {
        AreaKind.LocalAuthority => LocalAuthority,
        AreaKind.Region => Region,
        AreaKind.England => England,
        AreaKind.StatisticalNeighbours => StatisticalNeighbours,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a kind of area."),
    };
}
