using Waymark.Indicators;

namespace Waymark.Gaps;

/// <summary>The words for comparisons and gap directions in files, the command line and the API, and for people.</summary>
public static class GapCodes
{
    /// <summary><c>all</c>, <c>complement</c> or <c>england</c>.</summary>
    public static string ToCode(this GapComparison comparison) => comparison switch
    {
        GapComparison.All => "all",
        GapComparison.Complement => "complement",
        GapComparison.England => "england",
        _ => throw new ArgumentOutOfRangeException(nameof(comparison), comparison, "Unknown comparison."),
    };

    /// <summary><c>narrowing</c>, <c>static</c>, <c>widening</c> or <c>not_comparable</c>.</summary>
    public static string ToCode(this GapDirection direction) => direction switch
    {
        GapDirection.Narrowing => "narrowing",
        GapDirection.Static => "static",
        GapDirection.Widening => "widening",
        GapDirection.NotComparable => "not_comparable",
        _ => throw new ArgumentOutOfRangeException(nameof(direction), direction, "Unknown gap direction."),
    };

    /// <summary><c>Narrowing</c>, <c>No change</c>, <c>Widening</c> or <c>Not comparable</c>, as a page says it.</summary>
    public static string ToLabel(this GapDirection direction) => direction switch
    {
        GapDirection.Narrowing => "Narrowing",
        GapDirection.Static => "No change",
        GapDirection.Widening => "Widening",
        GapDirection.NotComparable => "Not comparable",
        _ => throw new ArgumentOutOfRangeException(nameof(direction), direction, "Unknown gap direction."),
    };

    /// <summary><c>behind</c>, <c>ahead</c>, <c>level</c> or empty when not judged.</summary>
    public static string ToCode(this GapSide side) => side switch
    {
        GapSide.Behind => "behind",
        GapSide.Ahead => "ahead",
        GapSide.Level => "level",
        GapSide.Unjudged => "",
        _ => throw new ArgumentOutOfRangeException(nameof(side), side, "Unknown side."),
    };

    /// <summary>The unit a gap is in, as a page says it: <c>percentage points</c> for a percentage, otherwise the measure's unit.</summary>
    public static string GapUnit(Unit unit) => unit == Unit.Percent ? "percentage points" : unit.ToCode();
}
