namespace Waymark.Gaps;

/// <summary>How a gap's size compares with the same gap one year earlier.</summary>
public enum GapDirection
{
    /// <summary>Either gap is missing, because a value in it is missing, suppressed or withheld.</summary>
    NotComparable,

    /// <summary>Smaller, ignoring its sign, than a year earlier at the measure's decimals.</summary>
    Narrowing,

    /// <summary>The same size, ignoring its sign, as a year earlier at the measure's decimals.</summary>
    Static,

    /// <summary>Larger, ignoring its sign, than a year earlier at the measure's decimals.</summary>
    Widening,
}
