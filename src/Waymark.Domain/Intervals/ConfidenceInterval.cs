namespace Waymark.Intervals;

/// <summary>
/// A confidence interval around a value, in the value's unit (a percentage, a rate per 10,000, a count). Both ends
/// are included: a figure equal to <see cref="Lower"/> or <see cref="Upper"/> lies inside the interval. The ends are
/// not rounded; round them for display only.
/// </summary>
/// <param name="Value">The value the interval is around: numerator / denominator x the unit's multiplier.</param>
/// <param name="Lower">The lower end, included.</param>
/// <param name="Upper">The upper end, included.</param>
/// <param name="Level">How confident the interval is.</param>
/// <param name="Method">The method that gave it.</param>
public readonly record struct ConfidenceInterval(decimal Value, decimal Lower, decimal Upper, ConfidenceLevel Level, IntervalMethod Method)
{
    /// <summary>Whether <paramref name="figure"/> lies inside the interval, its ends included.</summary>
    public bool Contains(decimal figure) => figure >= Lower && figure <= Upper;
}
