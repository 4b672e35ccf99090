using Waymark.Forecasts;
using Waymark.Indicators;
using Waymark.Periods;
using Waymark.Ratings;
using Waymark.Results;
using Waymark.Targets;

namespace Waymark.Evaluation;

/// <summary>Everything the rules say about one indicator for one period: what a report row shows.</summary>
/// <param name="Indicator">The indicator.</param>
/// <param name="Period">The period evaluated.</param>
/// <param name="Result">The result for the period, if any.</param>
/// <param name="Target">The target that applies to the period, if any.</param>
/// <param name="Rating">The rating, or why there is none.</param>
/// <param name="Direction">The direction of travel against <paramref name="PreviousValue"/>.</param>
/// <param name="PreviousValue">The value for the same period one year earlier, if any.</param>
/// <param name="Forecast">The predicted year end, if one can be made.</param>
/// <param name="AnnualTarget">The target for the year the period belongs to, if set.</param>
/// <param name="PredictedRating">The predicted year end rated against <paramref name="AnnualTarget"/>.</param>
public sealed record IndicatorEvaluation(
    IndicatorDefinition Indicator,
    ReportingPeriod Period,
    IndicatorResult? Result,
    ApplicableTarget? Target,
    RatingOutcome Rating,
    DirectionOfTravel Direction,
    decimal? PreviousValue,
    YearEndForecast? Forecast,
    decimal? AnnualTarget,
    RatingOutcome PredictedRating)
{
    /// <summary>The value a reader sees for the period, if any.</summary>
    public decimal? Value => Result?.Value;
}
