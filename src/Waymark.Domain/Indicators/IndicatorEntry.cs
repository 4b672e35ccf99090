namespace Waymark.Indicators;

/// <summary>
/// An indicator's definition as a person wrote it, one text per part, from a row of <c>indicators.csv</c> or the
/// administration form alike; <see cref="IndicatorChecks.TryCheck"/> reads it. Null and empty mean the same.
/// </summary>
public sealed record IndicatorEntry
{
    /// <summary>The code, such as <c>NI 66</c>; required.</summary>
    public string? Code { get; init; }

    /// <summary>The title; required.</summary>
    public string? Title { get; init; }

    /// <summary>A unit word such as <c>percent</c>; required.</summary>
    public string? Unit { get; init; }

    /// <summary><c>higher</c>, <c>lower</c> or <c>none</c>; required.</summary>
    public string? Polarity { get; init; }

    /// <summary><c>monthly</c>, <c>quarterly</c> or <c>annual</c>; required.</summary>
    public string? Frequency { get; init; }

    /// <summary><c>snapshot</c>, <c>cumulative</c> or <c>ratio</c>; required.</summary>
    public string? Aggregation { get; init; }

    /// <summary><c>5%</c> or <c>2</c>; empty for the default, 5%.</summary>
    public string? Tolerance { get; init; }

    /// <summary>A whole number from 0 to 6; empty for the unit's default.</summary>
    public string? Decimals { get; init; }

    /// <summary><c>financial</c>, <c>academic</c> or <c>calendar</c>; empty for financial.</summary>
    public string? YearType { get; init; }
}
