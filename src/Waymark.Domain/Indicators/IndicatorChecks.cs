using System.Diagnostics.CodeAnalysis;
using System.Globalization;

using Waymark.Figures;
using Waymark.Periods;

namespace Waymark.Indicators;

/// <summary>
/// The checks of an indicator's definition as a person wrote it, one set with one set of messages for a row of
/// <c>indicators.csv</c> and for the administration form: the code and title are given; the unit, polarity, frequency
/// and aggregation are one of their words; the tolerance is <c>5%</c> or <c>2</c> (5% when empty); the decimals are a
/// whole number from 0 to <see cref="IndicatorDefinition.MaxDecimals"/> (when empty, 0 for a count, days, money or a
/// score and 1 otherwise); the year type is one of its words (financial when empty); the minimum and maximum are
/// figures (<see cref="FigureText"/>; the unit's own when empty) that leave the minimum no higher than the maximum. Whether the code is already taken
/// is for the caller, who knows where to look.
/// </summary>
public static class IndicatorChecks
{
    /// <summary>
    /// Checks every part of <paramref name="entry"/>, giving the definition when all are right and otherwise one error
    /// for each part that is wrong, in the order of the columns of <c>indicators.csv</c>.
    /// </summary>
    public static bool TryCheck(IndicatorEntry entry, [NotNullWhen(true)] out IndicatorDefinition? definition, out IReadOnlyList<IndicatorEntryError> errors)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var found = new List<IndicatorEntryError>();
        string code = entry.Code?.Trim() ?? string.Empty;
        if (code.Length == 0)
        {
            found.Add(new("code", "Enter the indicator's code"));
        }

        string title = entry.Title?.Trim() ?? string.Empty;
        if (title.Length == 0)
        {
            found.Add(new("title", "Enter the indicator's title"));
        }

        Unit unit = Word<Unit>(entry.Unit, "unit", IndicatorCodes.TryParseUnit, IndicatorCodes.UnitChoices, found);
        Polarity polarity = Word<Polarity>(entry.Polarity, "polarity", IndicatorCodes.TryParsePolarity, IndicatorCodes.PolarityChoices, found);
        Frequency frequency = Word<Frequency>(entry.Frequency, "frequency", IndicatorCodes.TryParseFrequency, IndicatorCodes.FrequencyChoices, found);
        Aggregation aggregation = Word<Aggregation>(entry.Aggregation, "aggregation", IndicatorCodes.TryParseAggregation, IndicatorCodes.AggregationChoices, found);

        if (!Tolerance.TryParse(entry.Tolerance, out Tolerance tolerance, out string? toleranceError))
        {
            found.Add(new("tolerance", toleranceError));
        }

        string decimalsText = entry.Decimals?.Trim() ?? string.Empty;
        int decimals = unit is Unit.Number or Unit.Days or Unit.Currency or Unit.Score ? 0 : 1;
        if (decimalsText.Length > 0
            && (!int.TryParse(decimalsText, NumberStyles.None, CultureInfo.InvariantCulture, out decimals) || decimals > IndicatorDefinition.MaxDecimals))
        {
            found.Add(new("decimals", $"'{decimalsText}' is not a number of decimal places: use a whole number from 0 to {IndicatorDefinition.MaxDecimals}"));
        }

        YearType yearType = string.IsNullOrWhiteSpace(entry.YearType)
            ? YearType.Financial
            : Word<YearType>(entry.YearType, "year_type", IndicatorCodes.TryParseYearType, IndicatorCodes.YearTypeChoices, found);

        decimal? minimum = Figure(entry.Minimum, "minimum", found);
        decimal? maximum = Figure(entry.Maximum, "maximum", found);
        if ((minimum is not null || maximum is not null) && !found.Any(e => e.Field is "unit" or "minimum" or "maximum")
            && !ValueRange.TryFor(unit, minimum, maximum, out _))
        {
            ValueRange unitRange = ValueRange.For(unit);
            found.Add(minimum is { } low && maximum is { } high
                ? new("minimum", $"The minimum {Text(low)} is above the maximum {Text(high)}")
                : minimum is { } m
                    ? new("minimum", $"The minimum {Text(m)} is above the {unit.ToCode()} maximum {Text(unitRange.Maximum!.Value)}: set a maximum too")
                    : new("maximum", $"The maximum {Text(maximum!.Value)} is below the {unit.ToCode()} minimum {Text(unitRange.Minimum!.Value)}: set a minimum too"));
        }

        errors = found;
        definition = found.Count == 0
            ? new IndicatorDefinition(code, title, unit, polarity, frequency, aggregation, tolerance, decimals, yearType) { Text = entry.Text, Minimum = minimum, Maximum = maximum }
            : null;
        return definition is not null;
    }

    private static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static decimal? Figure(string? text, string field, List<IndicatorEntryError> errors)
    {
        if (FigureText.TryParse(text, out decimal? value, out FigureError? error))
        {
            return value;
        }

        errors.Add(new(field, error.Message));
        return null;
    }

    private delegate bool WordParser<T>(ReadOnlySpan<char> text, out T value);

    private static T Word<T>(string? text, string field, WordParser<T> parse, string choices, List<IndicatorEntryError> errors)
        where T : struct
    {
        string trimmed = text?.Trim() ?? string.Empty;
        if (parse(trimmed, out T value))
        {
            return value;
        }

        string name = field.Replace('_', ' ');
        string article = field == "aggregation" ? "an" : "a";
        errors.Add(new(field, trimmed.Length == 0 ? $"Enter the {name}: {choices}" : $"'{trimmed}' is not {article} {name}: use {choices}"));
        return default;
    }
}
