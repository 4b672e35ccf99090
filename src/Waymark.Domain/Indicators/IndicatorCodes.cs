using Waymark.Periods;

namespace Waymark.Indicators;

/// <summary>
/// The words that stand for units, polarities, frequencies, aggregations and year types in files, on the command
/// line and in the API (<c>rate_per_10000</c>, <c>higher</c>, <c>quarterly</c>, ...). Reading ignores case and
/// surrounding spaces.
/// </summary>
public static class IndicatorCodes
{
    private static readonly (string Code, Unit Value)[] UnitCodes =
    [
        ("percent", Unit.Percent), ("number", Unit.Number), ("rate_per_1000", Unit.RatePer1000),
        ("rate_per_10000", Unit.RatePer10000), ("rate_per_100000", Unit.RatePer100000), ("days", Unit.Days),
        ("currency", Unit.Currency), ("score", Unit.Score),
    ];

    private static readonly (string Code, Polarity Value)[] PolarityCodes =
        [("higher", Polarity.Higher), ("lower", Polarity.Lower), ("none", Polarity.None)];

    private static readonly (string Code, Frequency Value)[] FrequencyCodes =
        [("monthly", Frequency.Monthly), ("quarterly", Frequency.Quarterly), ("annual", Frequency.Annual)];

    private static readonly (string Code, Aggregation Value)[] AggregationCodes =
        [("snapshot", Aggregation.Snapshot), ("cumulative", Aggregation.Cumulative), ("ratio", Aggregation.Ratio)];

    private static readonly (string Code, YearType Value)[] YearTypeCodes =
        [("financial", YearType.Financial), ("academic", YearType.Academic), ("calendar", YearType.Calendar)];

    /// <summary>The accepted unit words, separated by <c>|</c>.</summary>
    public static string UnitChoices { get; } = Choices(UnitCodes);

    /// <summary>The accepted polarity words, separated by <c>|</c>.</summary>
    public static string PolarityChoices { get; } = Choices(PolarityCodes);

    /// <summary>The accepted frequency words, separated by <c>|</c>.</summary>
    public static string FrequencyChoices { get; } = Choices(FrequencyCodes);

    /// <summary>The accepted aggregation words, separated by <c>|</c>.</summary>
    public static string AggregationChoices { get; } = Choices(AggregationCodes);

    /// <summary>The accepted year type words, separated by <c>|</c>.</summary>
    public static string YearTypeChoices { get; } = Choices(YearTypeCodes);

    /// <summary>Reads a unit word such as <c>rate_per_10000</c>.</summary>
    public static bool TryParseUnit(ReadOnlySpan<char> s, out Unit unit) => TryParse(UnitCodes, s, out unit);

    /// <summary>Reads <c>higher</c>, <c>lower</c> or <c>none</c>.</summary>
    public static bool TryParsePolarity(ReadOnlySpan<char> s, out Polarity polarity) => TryParse(PolarityCodes, s, out polarity);

    /// <summary>Reads <c>monthly</c>, <c>quarterly</c> or <c>annual</c>.</summary>
    public static bool TryParseFrequency(ReadOnlySpan<char> s, out Frequency frequency) => TryParse(FrequencyCodes, s, out frequency);

    /// <summary>Reads <c>snapshot</c>, <c>cumulative</c> or <c>ratio</c>.</summary>
    public static bool TryParseAggregation(ReadOnlySpan<char> s, out Aggregation aggregation) => TryParse(AggregationCodes, s, out aggregation);

    /// <summary>Reads <c>financial</c>, <c>academic</c> or <c>calendar</c>.</summary>
    public static bool TryParseYearType(ReadOnlySpan<char> s, out YearType yearType) => TryParse(YearTypeCodes, s, out yearType);

    /// <summary>The word for a unit.</summary>
    public static string ToCode(this Unit unit) => Code(UnitCodes, unit);

    /// <summary>The word for a polarity.</summary>
    public static string ToCode(this Polarity polarity) => Code(PolarityCodes, polarity);

    /// <summary>The word for a frequency.</summary>
    public static string ToCode(this Frequency frequency) => Code(FrequencyCodes, frequency);

    /// <summary>The word for an aggregation.</summary>
    public static string ToCode(this Aggregation aggregation) => Code(AggregationCodes, aggregation);

    /// <summary>The word for a year type.</summary>
    public static string ToCode(this YearType yearType) => Code(YearTypeCodes, yearType);

    private static bool TryParse<T>((string Code, T Value)[] table, ReadOnlySpan<char> s, out T value)
        where T : struct, Enum
    {
        ReadOnlySpan<char> text = s.Trim();
        foreach ((string code, T v) in table)
        {
            if (text.Equals(code, StringComparison.OrdinalIgnoreCase))
            {
                value = v;
                return true;
            }
        }

        value = default;
        return false;
    }

    private static string Code<T>((string Code, T Value)[] table, T value)
        where T : struct, Enum
    {
        foreach ((string code, T v) in table)
        {
            if (EqualityComparer<T>.Default.Equals(v, value))
            {
                return code;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(value), value, "No code for this value.");
    }

    private static string Choices<T>((string Code, T Value)[] table) => string.Join('|', table.Select(t => t.Code));
}
