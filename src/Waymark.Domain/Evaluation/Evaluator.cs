using Waymark.Forecasts;
using Waymark.Indicators;
using Waymark.Periods;
using Waymark.Ratings;
using Waymark.Results;
using Waymark.Targets;

namespace Waymark.Evaluation;

/// <summary>Applies every rule to one indicator for one period.</summary>
public static class Evaluator
{
    /// <summary>
    /// Evaluates <paramref name="indicator"/> for <paramref name="period"/>: the target that applies, the rating,
    /// the direction of travel against the same period a year earlier, the predicted year end and its rating
    /// against the annual target. A withheld result is carried with its flag but takes part in no judgement.
    /// </summary>
    /// <param name="indicator">The indicator.</param>
    /// <param name="period">The period to evaluate.</param>
    /// <param name="result">The result for <paramref name="period"/>, if any.</param>
    /// <param name="yearEarlier">The result for <see cref="ReportingPeriod.YearEarlier"/>, if any.</param>
    /// <param name="targets">The indicator's targets.</param>
    public static IndicatorEvaluation Evaluate(
        IndicatorDefinition indicator,
        ReportingPeriod period,
        IndicatorResult? result,
        IndicatorResult? yearEarlier,
        TargetSchedule targets)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(targets);

        ApplicableTarget? target = targets.For(indicator, period);
        RatingOutcome rating = RatingRules.Rate(indicator, result, target?.Value);
        DirectionOfTravel direction = DirectionRules.Compare(indicator, result, yearEarlier);

        YearEndForecast? forecast = YearEndForecast.Predict(indicator, period, result);
        decimal? annualTarget = targets.AnnualFor(indicator, period);
        DataQuality quality = result?.DataQuality ?? DataQuality.Ok;
        RatingOutcome predictedRating = RatingRules.Rate(indicator, forecast?.Value, quality, annualTarget);

        return new IndicatorEvaluation(
            indicator, period, result, target, rating, direction, yearEarlier?.Value, forecast, annualTarget, predictedRating);
    }
}
