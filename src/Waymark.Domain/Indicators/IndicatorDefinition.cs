using Waymark.Periods;

namespace Waymark.Indicators;

/// <summary>
/// What an indicator measures and how it is judged: its code, title, what is counted and how (the text of its
/// definition), unit, polarity, how often it is reported, how its results add up over a year, its tolerance and the
/// decimals it is published to, and the range its values may take. Every way in checks the code and
/// the decimals, the constructor and <c>with { ... }</c> alike, so a copy with one part changed keeps all the others.
/// </summary>
public sealed record IndicatorDefinition
{
    /// <summary>The most decimals an indicator may be published to.</summary>
    public const int MaxDecimals = 6;

    private readonly string code = string.Empty;
    private readonly string title = string.Empty;
    private readonly int decimals;
    private readonly string? text;

    /// <summary>Creates a definition, checking the code and the decimals.</summary>
    public IndicatorDefinition(
        string code,
        string title,
        Unit unit,
        Polarity polarity,
        Frequency frequency = Frequency.Quarterly,
        Aggregation aggregation = Aggregation.Snapshot,
        Tolerance? tolerance = null,
        int decimals = 1,
        YearType yearType = YearType.Financial)
    {
        Code = code;
        Title = title;
        Unit = unit;
        Polarity = polarity;
        Frequency = frequency;
        Aggregation = aggregation;
        Tolerance = tolerance ?? Tolerance.Default;
        Decimals = decimals;
        YearType = yearType;
    }

    /// <summary>The code, such as <c>NI 66</c> or <c>LSP-HW2Bi</c>, without surrounding spaces; never blank.</summary>
    public string Code
    {
        get => code;
        init
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(value);
            code = value.Trim();
        }
    }

    /// <summary>The title people read; empty rather than null.</summary>
    public string Title
    {
        get => title;
        init => title = value ?? string.Empty;
    }

    /// <summary>
    /// The definition in words: what is counted and how, such as "Children who became the subject of a child
    /// protection plan for a second or subsequent time, as a percentage of all who became the subject of one".
    /// Null when there is none; never blank, and without surrounding spaces. A change of it breaks the series.
    /// </summary>
    public string? Text
    {
        get => text;
        init => text = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    /// <summary>The unit of the values.</summary>
    public Unit Unit { get; init; }

    /// <summary>Which way is better; <see cref="Polarity.None"/> for a data-only indicator.</summary>
    public Polarity Polarity { get; init; }

    /// <summary>How often results are reported.</summary>
    public Frequency Frequency { get; init; }

    /// <summary>How results within a year add up.</summary>
    public Aggregation Aggregation { get; init; }

    /// <summary>How far a value may miss its target and be amber.</summary>
    public Tolerance Tolerance { get; init; }

    /// <summary>The decimals values are rounded to (half away from zero) and shown with: from 0 to <see cref="MaxDecimals"/>.</summary>
    public int Decimals
    {
        get => decimals;
        init
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, MaxDecimals);
            decimals = value;
        }
    }

    /// <summary>The kind of year annual targets and year-end predictions belong to.</summary>
    public YearType YearType { get; init; }

    /// <summary>
    /// The smallest value the indicator's results, targets and comparators may take, set for this indicator; null for
    /// the unit's own (<see cref="ValueRange.For"/>: 0 for a percentage, a count, a rate or days, none for money and a
    /// score). A change of it starts a new version and keeps the series.
    /// </summary>
    public decimal? Minimum { get; init; }

    /// <summary>
    /// The largest value the indicator's results, targets and comparators may take, set for this indicator; null for
    /// the unit's own (100 for a percentage, none otherwise). A change of it starts a new version and keeps the series.
    /// </summary>
    public decimal? Maximum { get; init; }

    /// <summary>
    /// The values this indicator takes: the unit's range (<see cref="ValueRange.For"/>) with <see cref="Minimum"/> and
    /// <see cref="Maximum"/> in place of its ends where they are set.
    /// </summary>
    /// <exception cref="InvalidOperationException">The minimum lies above the maximum, which the checks of a definition a person wrote refuse.</exception>
    public ValueRange Range => ValueRange.TryFor(Unit, Minimum, Maximum, out ValueRange range)
        ? range
        : throw new InvalidOperationException($"{Code}'s minimum lies above its maximum.");

    /// <summary>
    /// Why <paramref name="shown"/> is refused as this indicator's <paramref name="what"/> (a value, a target):
    /// <c>The value -16 is out of range for BV 127, whose values must be from 0 to 100</c>, followed, when the range is
    /// the unit's own, by how to widen it.
    /// </summary>
    /// <param name="what">What the figure is, such as <c>value</c> or <c>predicted year end</c>.</param>
    /// <param name="shown">The figure as the person wrote it or as it was worked out.</param>
    /// <param name="whose">What the range is of, such as <c>values</c> or <c>targets</c>.</param>
    public string OutOfRange(string what, string shown, string whose = "values")
    {
        string message = $"The {what} {shown} is out of range for {Code}, whose {whose} must be {Range}";
        return Minimum is null && Maximum is null
            ? $"{message} (the default for a {Unit.ToCode()} indicator; an indicator can set its own minimum and maximum)"
            : message;
    }

    /// <summary>Rounds <paramref name="value"/> half away from zero to this indicator's decimals.</summary>
    public decimal Round(decimal value) => DecimalRounding.HalfUp(value, Decimals);

    /// <summary>
    /// What changing this definition to <paramref name="next"/> means: <see cref="DefinitionChange.None"/> when only
    /// the code or title differ (they name the indicator, they are not part of its rules); otherwise a
    /// <see cref="DefinitionChange.NewVersion"/> when besides them only the frequency, tolerance, minimum or maximum
    /// differ; otherwise,
    /// for a difference in any other part (the text of the definition, unit, polarity, aggregation, decimals, year
    /// type, and any part added later unless it is named here), a <see cref="DefinitionChange.SeriesBreak"/>.
    /// </summary>
    public DefinitionChange ChangeTo(IndicatorDefinition next)
    {
        ArgumentNullException.ThrowIfNull(next);
        IndicatorDefinition renamed = next with { Code = Code, Title = Title };
        if (renamed == this)
        {
            return DefinitionChange.None;
        }

        return renamed with { Frequency = Frequency, Tolerance = Tolerance, Minimum = Minimum, Maximum = Maximum } == this ? DefinitionChange.NewVersion : DefinitionChange.SeriesBreak;
    }
}
