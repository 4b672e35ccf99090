using Waymark.Indicators;
using Waymark.Periods;
using Waymark.Results;

namespace Waymark.Forecasts;

/// <summary>A predicted year-end value and how it was arrived at.</summary>
/// <param name="Value">The predicted value at the indicator's decimals.</param>
/// <param name="Basis">The officer's figure, a projection, or the latest value.</param>
public readonly record struct YearEndForecast(decimal Value, ForecastBasis Basis)
{
    /// <summary>
    /// Predicts the year-end value from the result for <paramref name="period"/>: the officer's figure when given;
    /// otherwise, for a cumulative indicator, the year to date x periods in the year / periods elapsed (x 4 / 3 at
    /// Q3), rounded half up to the indicator's decimals; otherwise the latest value. No prediction without a value,
    /// nor from a withheld result unless the officer gave a figure.
    /// </summary>
    public static YearEndForecast? Predict(IndicatorDefinition indicator, ReportingPeriod period, IndicatorResult? result)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        if (result is null)
        {
            return null;
        }

        if (result.PredictedYearEnd is { } officer)
        {
            return new YearEndForecast(indicator.Round(officer), ForecastBasis.Officer);
        }

        if (!result.IsJudgeable || result.Value is not { } value)
        {
            return null;
        }

        if (indicator.Aggregation == Aggregation.Cumulative && !period.IsYear)
        {
            decimal projected = value * period.PeriodsInYear / period.PeriodsElapsedInYear(indicator.YearType);
            return new YearEndForecast(indicator.Round(projected), ForecastBasis.Projected);
        }

        return new YearEndForecast(indicator.Round(value), ForecastBasis.Latest);
    }
}
