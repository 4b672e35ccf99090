using System.Globalization;

namespace Waymark.Indicators;

/// <summary>
/// The values an indicator's results, targets and comparators may take: <c>[Minimum, Maximum]</c>, both ends
/// included, a missing end unbounded. By default it follows the unit (<see cref="For"/>): a share in percent lies in
/// [0, 100]; a count, a rate or a number of days is 0 or more; money and a score may be anything. An indicator may set
/// either end of its own (<see cref="IndicatorDefinition.Minimum"/>, <see cref="IndicatorDefinition.Maximum"/>), so a
/// percentage change of -16 or a figure of 28 days behind plan written -28 is an ordinary value.
/// </summary>
public readonly record struct ValueRange
{
    /// <summary>A range from <paramref name="minimum"/> to <paramref name="maximum"/>, either end unbounded when null.</summary>
    /// <exception cref="ArgumentException">The minimum is above the maximum.</exception>
    public ValueRange(decimal? minimum, decimal? maximum)
    {
        if (minimum > maximum)
        {
            throw new ArgumentException($"A range's minimum ({minimum}) must not be above its maximum ({maximum}).", nameof(minimum));
        }

        Minimum = WithoutTrailingZeros(minimum);
        Maximum = WithoutTrailingZeros(maximum);
    }

    /// <summary>Every number.</summary>
    public static ValueRange Any => default;

    /// <summary>The smallest value allowed, itself included; null when there is none.</summary>
    public decimal? Minimum { get; }

    /// <summary>The largest value allowed, itself included; null when there is none.</summary>
    public decimal? Maximum { get; }

    /// <summary>
    /// The range a unit's values take unless an indicator sets its own: [0, 100] for a percentage; 0 or more for a
    /// number, a rate and days; anything for money and a score.
    /// </summary>
    public static ValueRange For(Unit unit) => unit switch
    {
        Unit.Percent => new(0m, 100m),
        Unit.Number or Unit.RatePer1000 or Unit.RatePer10000 or Unit.RatePer100000 or Unit.Days => new(0m, null),
        Unit.Currency or Unit.Score => Any,
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unknown unit."),
    };

    /// <summary>
    /// The range of <paramref name="unit"/> with either end replaced: by <paramref name="minimum"/> and
    /// <paramref name="maximum"/> when given, the unit's own end (<see cref="For"/>) when null. False, with
    /// <paramref name="range"/> the unit's own, when the ends would make a minimum above the maximum.
    /// </summary>
    public static bool TryFor(Unit unit, decimal? minimum, decimal? maximum, out ValueRange range)
    {
        ValueRange unitRange = For(unit);
        decimal? low = minimum ?? unitRange.Minimum;
        decimal? high = maximum ?? unitRange.Maximum;
        if (low > high)
        {
            range = unitRange;
            return false;
        }

        range = new(low, high);
        return true;
    }

    /// <summary>Whether <paramref name="value"/> lies in the range, its ends included.</summary>
    public bool Contains(decimal value) => !(value < Minimum) && !(value > Maximum);

    /// <summary>The range in words, to follow "must be": <c>from 0 to 100</c>, <c>0 or more</c>, <c>100 or less</c>, <c>any number</c>.</summary>
    public override string ToString() => (Minimum, Maximum) switch
    {
        ({ } low, { } high) => $"from {Text(low)} to {Text(high)}",
        ({ } low, null) => $"{Text(low)} or more",
        (null, { } high) => $"{Text(high)} or less",
        _ => "any number",
    };

    private static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    // A store may give back -100 as -100.0 (SQLite keeps decimals as text); the range is the same either way.
    private static decimal? WithoutTrailingZeros(decimal? value) => value / 1.0000000000000000000000000000m;
}
