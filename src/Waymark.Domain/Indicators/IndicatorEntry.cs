using System.Globalization;

namespace Waymark.Indicators;

/// <summary>
/// An indicator's definition as a person wrote it, one text per part, from a row of <c>indicators.csv</c> or the
/// administration form alike; <see cref="IndicatorChecks.TryCheck"/> reads it and <see cref="From"/> writes a
/// definition back as one. Null and empty mean the same.
/// </summary>
public sealed record IndicatorEntry
{
    /// <summary>The code, such as <c>NI 66</c>; required.</summary>
    public string? Code { get; init; }

    /// <summary>The title; required.</summary>
    public string? Title { get; init; }

    /// <summary>The definition in words: what is counted and how; optional.</summary>
    public string? Text { get; init; }

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

    /// <summary>The smallest value allowed, such as <c>-100</c>; empty for the unit's own.</summary>
    public string? Minimum { get; init; }

    /// <summary>The largest value allowed, such as <c>100</c>; empty for the unit's own.</summary>
    public string? Maximum { get; init; }

    /// <summary>
    /// <paramref name="definition"/> written as a person would write it, in the words of <c>indicators.csv</c>, so
    /// that <see cref="IndicatorChecks.TryCheck"/> reads it back as the same definition.
    /// </summary>
    public static IndicatorEntry From(IndicatorDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return new()
        {
            Code = definition.Code,
            Title = definition.Title,
            Text = definition.Text,
            Unit = definition.Unit.ToCode(),
            Polarity = definition.Polarity.ToCode(),
            Frequency = definition.Frequency.ToCode(),
            Aggregation = definition.Aggregation.ToCode(),
            Tolerance = definition.Tolerance.ToString(),
            Decimals = definition.Decimals.ToString(CultureInfo.InvariantCulture),
            YearType = definition.YearType.ToCode(),
            Minimum = definition.Range.Minimum is { } low && definition.Minimum is not null ? low.ToString(CultureInfo.InvariantCulture) : null,
            Maximum = definition.Range.Maximum is { } high && definition.Maximum is not null ? high.ToString(CultureInfo.InvariantCulture) : null,
        };
    }
}
