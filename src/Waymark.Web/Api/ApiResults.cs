using Waymark.Data.Measures;
using Waymark.Evaluation;
using Waymark.Indicators;
using Waymark.Intervals;
using Waymark.Ratings;
using Waymark.Results;
using Waymark.Targets;

namespace Waymark.Web.Api;

/// <summary>What the API says about results: the stored figures beside what <see cref="Evaluator"/> made of them.</summary>
public static class ApiResults
{
    public static ResultJson From(EvaluatedIndicator evaluated)
    {
        ArgumentNullException.ThrowIfNull(evaluated);
        return From(evaluated.Evaluation, evaluated.Stored);
    }

    public static ResultJson From(IndicatorEvaluation evaluation, Result? stored)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        IndicatorDefinition indicator = evaluation.Indicator;
        return new ResultJson(
            evaluation.Period.ToString(),
            ApiNumbers.At(evaluation.Value, indicator),
            stored?.Numerator,
            stored?.Denominator,
            stored?.DataQuality.ToCode(),
            stored?.DataQualityNote,
            stored?.Commentary,
            ApiNumbers.At(evaluation.Target?.Value, indicator),
            evaluation.Target?.Basis switch
            {
                TargetBasis.Profiled => "profiled",
                TargetBasis.Annual => "annual",
                _ => null,
            },
            evaluation.Rating.Rating.ToCode(),
            evaluation.Rating.Reason?.ToCode(),
            evaluation.Direction.ToCode(),
            ApiNumbers.At(evaluation.PreviousValue, indicator),
            ApiNumbers.At(evaluation.Forecast?.Value, indicator),
            evaluation.Forecast?.Basis switch
            {
                Forecasts.ForecastBasis.Officer => "officer",
                Forecasts.ForecastBasis.Projected => "projected",
                Forecasts.ForecastBasis.Latest => "latest",
                _ => null,
            },
            ApiNumbers.At(evaluation.AnnualTarget, indicator),
            evaluation.PredictedRating.Rating.ToCode(),
            evaluation.PredictedRating.Reason?.ToCode(),
            stored?.EnteredBy,
            stored?.EnteredAt,
            stored?.ConcurrencyVersion,
            IntervalOf(indicator, stored));
    }

    /// <summary>The 95% confidence interval of <paramref name="stored"/>, or null when it has no numerator and denominator or its unit has no interval.</summary>
    public static IntervalJson? IntervalOf(IndicatorDefinition indicator, Result? stored)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        if (stored is not { Numerator: { } n, Denominator: { } d }
            || !IntervalRules.TryCalculate(indicator.Unit, n, d, ConfidenceLevel.Percent95, out ConfidenceInterval interval, out _))
        {
            return null;
        }

        int decimals = Math.Min(indicator.Decimals + 1, IndicatorDefinition.MaxDecimals);
        return new IntervalJson(
            interval.Level.ToCode(), interval.Method.ToCode(), DecimalRounding.HalfUp(interval.Lower, decimals), DecimalRounding.HalfUp(interval.Upper, decimals));
    }
}
