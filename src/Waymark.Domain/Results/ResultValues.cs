using System.Diagnostics.CodeAnalysis;
using System.Globalization;

using Waymark.Indicators;

namespace Waymark.Results;

/// <summary>The rules that turn what an officer entered into the value a reader sees.</summary>
public static class ResultValues
{
    /// <summary>
    /// The value from a numerator and denominator: n / d times the unit's multiplier (100 for a percentage,
    /// 10,000 for a rate per 10,000), rounded half up to the indicator's decimals.
    /// </summary>
    public static decimal FromRatio(IndicatorDefinition indicator, decimal numerator, decimal denominator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        if (denominator == 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(denominator), "The denominator must not be zero.");
        }

        // Multiply first so that n x 100 / d keeps every significant digit before rounding.
        return indicator.Round(numerator * indicator.Unit.Multiplier() / denominator);
    }

    /// <summary>
    /// Works out the value of a result from what was entered: the value when given, otherwise the value from the
    /// numerator and denominator; rounded half up to the indicator's decimals. Returns an error in words when the
    /// entries do not make a value: a numerator without a denominator, a zero denominator, a value that does not
    /// match its numerator and denominator, or a value outside the indicator's range (<see cref="IndicatorDefinition.Range"/>).
    /// </summary>
    /// <param name="indicator">The indicator the result is for.</param>
    /// <param name="value">The value entered, if any.</param>
    /// <param name="numerator">The numerator entered, if any.</param>
    /// <param name="denominator">The denominator entered, if any.</param>
    /// <param name="predictedYearEnd">The officer's predicted year end, if any.</param>
    /// <param name="dataQuality">The data quality flag.</param>
    /// <param name="commentary">The commentary.</param>
    /// <param name="result">The result, when there is no error.</param>
    /// <param name="error">What is wrong, when something is.</param>
    /// <param name="field">The field the error is about: <c>value</c>, <c>numerator</c>, <c>denominator</c> or <c>predicted_year_end</c>.</param>
    public static bool TryResolve(
        IndicatorDefinition indicator,
        decimal? value,
        decimal? numerator,
        decimal? denominator,
        decimal? predictedYearEnd,
        DataQuality dataQuality,
        string? commentary,
        [NotNullWhen(true)] out IndicatorResult? result,
        [NotNullWhen(false)] out string? error,
        [NotNullWhen(false)] out string? field)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        result = null;
        error = null;
        field = null;
        if (numerator is not null && denominator is null)
        {
            (field, error) = ("denominator", "A numerator needs a denominator");
            return false;
        }

        if (denominator is not null && numerator is null)
        {
            (field, error) = ("numerator", "A denominator needs a numerator");
            return false;
        }

        if (denominator == 0m)
        {
            (field, error) = ("denominator", "The denominator must not be 0");
            return false;
        }

        decimal? resolved = value is { } v ? indicator.Round(v) : null;
        if (numerator is { } n && denominator is { } d)
        {
            decimal computed = FromRatio(indicator, n, d);
            if (resolved is { } given && given != computed)
            {
                (field, error) = ("value", $"The value {given} does not match numerator / denominator, which gives {computed}");
                return false;
            }

            resolved = computed;
        }

        if (resolved is { } r && !indicator.Range.Contains(r))
        {
            (field, error) = ("value", indicator.OutOfRange("value", r.ToString(CultureInfo.InvariantCulture)));
            return false;
        }

        decimal? predicted = predictedYearEnd is { } p ? indicator.Round(p) : null;
        if (predicted is { } pr && !indicator.Range.Contains(pr))
        {
            (field, error) = ("predicted_year_end", indicator.OutOfRange("predicted year end", pr.ToString(CultureInfo.InvariantCulture)));
            return false;
        }

        result = new IndicatorResult(resolved, numerator, denominator, predicted, dataQuality, commentary);
        return true;
    }
}
