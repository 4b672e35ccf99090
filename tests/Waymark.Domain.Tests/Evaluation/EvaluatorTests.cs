using Waymark.Evaluation;
using Waymark.Forecasts;
using Waymark.Indicators;
using Waymark.Periods;
using Waymark.Ratings;
using Waymark.Results;
using Waymark.Targets;

using static Waymark.Domain.Tests.Numbers;

namespace Waymark.Domain.Tests.Evaluation;

public class EvaluatorTests
{
    private static readonly ReportingPeriod Q3 = ReportingPeriod.FinancialQuarter(2008, 3);

    private static readonly IndicatorDefinition Ni66 =
        new("NI 66", "Looked after children cases which were reviewed within required timescales", Unit.Percent, Polarity.Higher);

    private static readonly IndicatorDefinition Ni43 =
        new("NI 43", "Young people within the Youth Justice System receiving a conviction in court who are sentenced to custody", Unit.Percent, Polarity.Lower);

    private static readonly IndicatorDefinition Hw2Bi =
        new("LSP-HW2Bi", "Number of children looked after and rate per 10,000", Unit.RatePer10000, Polarity.None);

    [Fact]
    public void Evaluate_Ni66AtQ3_IsAmberAndPredictedRed()
    {
        IndicatorEvaluation e = Evaluator.Evaluate(Ni66, Q3, new IndicatorResult(77.4m, PredictedYearEnd: 70m), null, AnnualTarget(80m));

        Assert.Equal("NI 66,2008/09 Q3,77.4,80.0,amber,,not_comparable,,70.0,red", Row(e));
        Assert.Equal(TargetBasis.Annual, e.Target?.Basis);
        Assert.Equal(ForecastBasis.Officer, e.Forecast?.Basis);
        Assert.Equal("80.0", Shown(e.AnnualTarget));
    }

    [Fact]
    public void Evaluate_Ni43AtQ3_IsRedAndPredictedRed()
    {
        IndicatorEvaluation e = Evaluator.Evaluate(Ni43, Q3, new IndicatorResult(11.3m, PredictedYearEnd: 12m), null, AnnualTarget(6.8m));

        Assert.Equal("NI 43,2008/09 Q3,11.3,6.8,red,,not_comparable,,12.0,red", Row(e));
    }

    [Fact]
    public void Evaluate_Hw2BiWithoutPolarity_IsNotRatedAsDataOnly()
    {
        Assert.True(ResultValues.TryResolve(Hw2Bi, null, 1224m, 150000m, null, DataQuality.Ok, null, out IndicatorResult? result, out _, out _));

        IndicatorEvaluation e = Evaluator.Evaluate(Hw2Bi, Q3, result, null, TargetSchedule.Empty);

        Assert.Equal("LSP-HW2Bi,2008/09 Q3,81.6,,not_rated,no_polarity,not_comparable,,81.6,not_rated", Row(e));
        Assert.Equal("not_rated (no_polarity)", e.PredictedRating.ToString());
        Assert.Equal("data only", e.Rating.Reason?.ToLabel());
    }

    [Fact]
    public void Evaluate_NoPolarityWithATarget_IsStillNotRatedAsDataOnly()
    {
        IndicatorEvaluation e = Evaluator.Evaluate(Hw2Bi, Q3, new IndicatorResult(81.6m), new IndicatorResult(78.0m), AnnualTarget(75m));

        Assert.Equal("LSP-HW2Bi,2008/09 Q3,81.6,75.0,not_rated,no_polarity,increased,78.0,81.6,not_rated", Row(e));
        Assert.Equal("not_rated (no_polarity)", e.PredictedRating.ToString());
    }

    [Fact]
    public void Evaluate_YearEarlierResult_GivesDirectionAndPreviousValue()
    {
        IndicatorEvaluation e = Evaluator.Evaluate(Ni66, Q3, new IndicatorResult(77.4m, PredictedYearEnd: 70m), new IndicatorResult(75.0m), AnnualTarget(80m));

        Assert.Equal("NI 66,2008/09 Q3,77.4,80.0,amber,,improving,75.0,70.0,red", Row(e));
    }

    [Fact]
    public void Evaluate_WithheldResult_TakesPartInNoJudgement()
    {
        IndicatorResult withheld = new(77.4m, PredictedYearEnd: 70m, DataQuality: DataQuality.Withheld, Commentary: "Awaiting validation");

        IndicatorEvaluation e = Evaluator.Evaluate(Ni66, Q3, withheld, new IndicatorResult(75.0m), AnnualTarget(80m));

        Assert.Equal("not_rated (data_quality)", e.Rating.ToString());
        Assert.Equal(DirectionOfTravel.NotComparable, e.Direction);
        Assert.Equal("not_rated (data_quality)", e.PredictedRating.ToString());
        Assert.Equal("77.4", Shown(e.Value));
        Assert.Equal(DataQuality.Withheld, e.Result?.DataQuality);
        Assert.Equal("80.0", Shown(e.Target?.Value));
    }

    [Fact]
    public void Evaluate_WithheldResultWithoutOfficersFigure_HasNoForecastAndNoPredictedRating()
    {
        IndicatorResult withheld = new(77.4m, DataQuality: DataQuality.Withheld);

        IndicatorEvaluation e = Evaluator.Evaluate(Ni66, Q3, withheld, null, AnnualTarget(80m));

        Assert.Equal("NI 66,2008/09 Q3,77.4,80.0,not_rated,data_quality,not_comparable,,,not_rated", Row(e));
        Assert.Null(e.Forecast);
        Assert.Equal("not_rated (data_quality)", e.PredictedRating.ToString());
    }

    [Fact]
    public void Evaluate_WithheldYearEarlierResult_DirectionIsNotComparable()
    {
        IndicatorResult yearEarlier = new(75.0m, DataQuality: DataQuality.Withheld);

        IndicatorEvaluation e = Evaluator.Evaluate(Ni66, Q3, new IndicatorResult(77.4m), yearEarlier, AnnualTarget(80m));

        Assert.Equal("amber", e.Rating.ToString());
        Assert.Equal(DirectionOfTravel.NotComparable, e.Direction);
    }

    [Fact]
    public void Evaluate_NoResult_IsNotRatedNoResult()
    {
        IndicatorEvaluation e = Evaluator.Evaluate(Ni66, Q3, null, new IndicatorResult(75.0m), AnnualTarget(80m));

        Assert.Equal("NI 66,2008/09 Q3,,80.0,not_rated,no_result,not_comparable,75.0,,not_rated", Row(e));
        Assert.Null(e.Forecast);
        Assert.Equal("not_rated (no_result)", e.PredictedRating.ToString());
    }

    [Fact]
    public void Evaluate_NoTarget_IsNotRatedNoTarget()
    {
        IndicatorEvaluation e = Evaluator.Evaluate(Ni66, Q3, new IndicatorResult(77.4m, PredictedYearEnd: 70m), null, TargetSchedule.Empty);

        Assert.Equal("NI 66,2008/09 Q3,77.4,,not_rated,no_target,not_comparable,,70.0,not_rated", Row(e));
        Assert.Equal("not_rated (no_target)", e.PredictedRating.ToString());
    }

    [Theory]
    // 79.96% would be amber against 80; the 80.0% a reader sees meets the target.
    [InlineData(Polarity.Higher, "7996", "10000", "79.96", "80.0", "amber", "green")]
    // 84.04% would be red against 80 (more than 4 over); the 84.0% a reader sees is exactly at the tolerance.
    [InlineData(Polarity.Lower, "8404", "10000", "84.04", "84.0", "red", "amber")]
    // 80.04% would be amber when lower is better; the 80.0% a reader sees is on target.
    [InlineData(Polarity.Lower, "8004", "10000", "80.04", "80.0", "amber", "green")]
    public void Evaluate_ValueFromNumeratorAndDenominator_IsRoundedBeforeRating(
        Polarity polarity, string numerator, string denominator, string unrounded, string shown, string unroundedRating, string rating)
    {
        IndicatorDefinition indicator = new("TEST 1", "Test indicator", Unit.Percent, polarity);
        Assert.True(ResultValues.TryResolve(indicator, null, Dec(numerator), Dec(denominator), null, DataQuality.Ok, null, out IndicatorResult? result, out _, out _));

        IndicatorEvaluation e = Evaluator.Evaluate(indicator, Q3, result, null, AnnualTarget(80m));

        Assert.Equal(shown, Shown(e.Value));
        Assert.Equal(rating, e.Rating.ToString());
        Assert.Equal(rating, e.PredictedRating.ToString());
        Assert.Equal(unroundedRating, RatingRules.Compare(Dec(unrounded), 80m, polarity, Tolerance.Default).ToCode());
    }

    [Fact]
    public void Evaluate_CumulativeQuarter_RatesAgainstProRataTargetAndPredictsAgainstAnnual()
    {
        IndicatorDefinition indicator = new(
            "LOCAL 1", "Adoptions in the year", Unit.Number, Polarity.Higher, aggregation: Aggregation.Cumulative, decimals: 0);
        ReportingPeriod q2 = ReportingPeriod.FinancialQuarter(2010, 2);
        TargetSchedule targets = new([KeyValuePair.Create(ReportingPeriod.FinancialYear(2010), 100m)]);

        IndicatorEvaluation e = Evaluator.Evaluate(indicator, q2, new IndicatorResult(48m), new IndicatorResult(40m), targets);

        Assert.Equal("LOCAL 1,2010/11 Q2,48,50,amber,,improving,40,96,amber", Row(e));
        Assert.Equal(TargetBasis.ProRata, e.Target?.Basis);
        Assert.Equal(ForecastBasis.Projected, e.Forecast?.Basis);
        Assert.Equal("100", Shown(e.AnnualTarget));
    }

    private static TargetSchedule AnnualTarget(decimal target) =>
        new([KeyValuePair.Create(ReportingPeriod.FinancialYear(2008), target)]);

    // The columns of `waymark evaluate`: indicator,period,value,target,rating,reason,direction,previous_value,predicted_year_end,predicted_rating.
    private static string Row(IndicatorEvaluation e) => string.Join(
        ',',
        e.Indicator.Code,
        e.Period.ToString(),
        Shown(e.Value),
        Shown(e.Target?.Value),
        e.Rating.Rating.ToCode(),
        e.Rating.Reason?.ToCode(),
        e.Direction.ToCode(),
        Shown(e.PreviousValue),
        Shown(e.Forecast?.Value),
        e.PredictedRating.Rating.ToCode());
}
