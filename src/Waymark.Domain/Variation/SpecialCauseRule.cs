namespace Waymark.Variation;

/// <summary>The special-cause rules of Making Data Count, in the order they are reported.</summary>
public enum SpecialCauseRule
{
    /// <summary>A point beyond a process limit (on the limit is not beyond it).</summary>
    OutsideLimits = 0,

    /// <summary>Two of three points in a row beyond the same two-sigma line.</summary>
    TwoOfThree = 1,

    /// <summary>A run of points all above, or all below, the mean.</summary>
    Shift = 2,

    /// <summary>A run of points each strictly higher, or lower, than the one before.</summary>
    Trend = 3,
}
