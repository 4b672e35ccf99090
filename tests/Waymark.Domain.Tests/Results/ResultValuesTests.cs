using Waymark.Indicators;
using Waymark.Results;

using static Waymark.Domain.Tests.Numbers;

namespace Waymark.Domain.Tests.Results;

public class ResultValuesTests
{
    [Theory]
    [InlineData(Unit.Percent, 1, "113", "1000", "11.3")]
    [InlineData(Unit.RatePer10000, 1, "1224", "150000", "81.6")]
    [InlineData(Unit.Percent, 1, "49", "400", "12.3")]
    [InlineData(Unit.Percent, 1, "1", "16", "6.3")]
    [InlineData(Unit.Percent, 0, "1", "8", "13")]
    [InlineData(Unit.Percent, 1, "1", "3", "33.3")]
    [InlineData(Unit.Percent, 1, "2", "3", "66.7")]
    [InlineData(Unit.Percent, 1, "0", "50", "0.0")]
    [InlineData(Unit.Percent, 1, "50", "50", "100.0")]
    [InlineData(Unit.RatePer10000, 1, "1633", "200000", "81.7")]
    [InlineData(Unit.RatePer1000, 1, "3", "8", "375.0")]
    [InlineData(Unit.RatePer100000, 1, "1", "3", "33333.3")]
    [InlineData(Unit.Number, 2, "7", "8", "0.88")]
    [InlineData(Unit.Days, 1, "45", "2", "22.5")]
    public void FromRatio_NumeratorAndDenominator_ScaledByUnitAndRoundedHalfUp(Unit unit, int decimals, string numerator, string denominator, string shown)
    {
        IndicatorDefinition indicator = Indicator(unit, decimals);

        Assert.Equal(shown, Shown(ResultValues.FromRatio(indicator, Dec(numerator), Dec(denominator))));
    }

    [Fact]
    public void FromRatio_ZeroDenominator_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ResultValues.FromRatio(Indicator(Unit.Percent, 1), 1m, 0m));
    }

    [Theory]
    [InlineData(Unit.Percent, 1, null, "113", "1000", "11.3")]
    [InlineData(Unit.Percent, 1, "11.3", "113", "1000", "11.3")]
    [InlineData(Unit.Percent, 1, "11.25", "1125", "10000", "11.3")]
    [InlineData(Unit.RatePer10000, 1, null, "1224", "150000", "81.6")]
    [InlineData(Unit.Percent, 1, "77.4", null, null, "77.4")]
    [InlineData(Unit.Percent, 1, "77.44", null, null, "77.4")]
    [InlineData(Unit.Percent, 1, "77.45", null, null, "77.5")]
    [InlineData(Unit.Percent, 1, "80", null, null, "80.0")]
    [InlineData(Unit.Percent, 1, "100", null, null, "100.0")]
    [InlineData(Unit.Percent, 1, "0", null, null, "0.0")]
    [InlineData(Unit.Number, 0, "12.5", null, null, "13")]
    [InlineData(Unit.Currency, 2, "-150.255", null, null, "-150.26")]
    [InlineData(Unit.Score, 1, "-2.45", null, null, "-2.5")]
    public void TryResolve_ValueOrRatio_GivesTheRoundedValue(Unit unit, int decimals, string? value, string? numerator, string? denominator, string shown)
    {
        bool resolved = ResultValues.TryResolve(
            Indicator(unit, decimals), DecOrNull(value), DecOrNull(numerator), DecOrNull(denominator), null, DataQuality.Ok, null,
            out IndicatorResult? result, out string? error, out string? field);

        Assert.True(resolved);
        Assert.Null(error);
        Assert.Null(field);
        Assert.Equal(shown, Shown(result!.Value));
        Assert.Equal(DecOrNull(numerator), result.Numerator);
        Assert.Equal(DecOrNull(denominator), result.Denominator);
    }

    [Fact]
    public void TryResolve_NothingEntered_GivesAResultWithoutValue()
    {
        bool resolved = ResultValues.TryResolve(
            Indicator(Unit.Percent, 1), null, null, null, null, DataQuality.Withheld, "Awaiting validation",
            out IndicatorResult? result, out _, out _);

        Assert.True(resolved);
        Assert.Null(result!.Value);
        Assert.False(result.IsJudgeable);
        Assert.Equal(DataQuality.Withheld, result.DataQuality);
        Assert.Equal("Awaiting validation", result.Commentary);
    }

    [Fact]
    public void TryResolve_PredictedYearEnd_IsRoundedLikeTheValue()
    {
        bool resolved = ResultValues.TryResolve(
            Indicator(Unit.Percent, 1), 11.3m, null, null, 12m, DataQuality.Ok, "Sentencing in the west of the city",
            out IndicatorResult? result, out _, out _);

        Assert.True(resolved);
        Assert.Equal("11.3", Shown(result!.Value));
        Assert.Equal("12.0", Shown(result.PredictedYearEnd));
        Assert.Equal(DataQuality.Ok, result.DataQuality);
        Assert.Equal("Sentencing in the west of the city", result.Commentary);
        Assert.True(result.IsJudgeable);
    }

    [Theory]
    [InlineData(Unit.Percent, 1, null, "113", null, null, "denominator", "A numerator needs a denominator")]
    [InlineData(Unit.Percent, 1, "11.3", "113", null, null, "denominator", "A numerator needs a denominator")]
    [InlineData(Unit.Percent, 1, null, null, "1000", null, "numerator", "A denominator needs a numerator")]
    [InlineData(Unit.Percent, 1, null, "113", "0", null, "denominator", "The denominator must not be 0")]
    [InlineData(Unit.Percent, 1, "11.4", "113", "1000", null, "value", "The value 11.4 does not match numerator / denominator, which gives 11.3")]
    [InlineData(Unit.RatePer10000, 1, "81.5", "1224", "150000", null, "value", "The value 81.5 does not match numerator / denominator, which gives 81.6")]
    [InlineData(Unit.Percent, 1, "101", null, null, null, "value", "The value 101.0 is out of range for TEST 1, whose values must be from 0 to 100 (the default for a percent indicator; an indicator can set its own minimum and maximum)")]
    [InlineData(Unit.Percent, 1, null, "101", "100", null, "value", "The value 101.0 is out of range for TEST 1, whose values must be from 0 to 100 (the default for a percent indicator; an indicator can set its own minimum and maximum)")]
    [InlineData(Unit.Percent, 1, "-0.1", null, null, null, "value", "The value -0.1 is out of range for TEST 1, whose values must be from 0 to 100 (the default for a percent indicator; an indicator can set its own minimum and maximum)")]
    [InlineData(Unit.Number, 0, "-3", null, null, null, "value", "The value -3 is out of range for TEST 1, whose values must be 0 or more (the default for a number indicator; an indicator can set its own minimum and maximum)")]
    [InlineData(Unit.Number, 0, null, "-3", "1", null, "value", "The value -3 is out of range for TEST 1, whose values must be 0 or more (the default for a number indicator; an indicator can set its own minimum and maximum)")]
    [InlineData(Unit.RatePer10000, 1, "-5", null, null, null, "value", "The value -5.0 is out of range for TEST 1, whose values must be 0 or more (the default for a rate_per_10000 indicator; an indicator can set its own minimum and maximum)")]
    [InlineData(Unit.Days, 0, "-1", null, null, null, "value", "The value -1 is out of range for TEST 1, whose values must be 0 or more (the default for a days indicator; an indicator can set its own minimum and maximum)")]
    [InlineData(Unit.Percent, 1, "80", null, null, "120", "predicted_year_end", "The predicted year end 120.0 is out of range for TEST 1, whose values must be from 0 to 100 (the default for a percent indicator; an indicator can set its own minimum and maximum)")]
    public void TryResolve_EntriesThatDoNotMakeAValue_FailWithFieldAndMessage(
        Unit unit, int decimals, string? value, string? numerator, string? denominator, string? predicted, string field, string message)
    {
        bool resolved = ResultValues.TryResolve(
            Indicator(unit, decimals), DecOrNull(value), DecOrNull(numerator), DecOrNull(denominator), DecOrNull(predicted), DataQuality.Ok, null,
            out IndicatorResult? result, out string? error, out string? errorField);

        Assert.False(resolved);
        Assert.Null(result);
        Assert.Equal(field, errorField);
        Assert.Equal(message, error);
    }

    [Theory]
    [InlineData("100.04", "100.0")]
    [InlineData("-0.04", "0.0")]
    public void TryResolve_PercentThatRoundsIntoRange_IsAccepted(string value, string shown)
    {
        bool resolved = ResultValues.TryResolve(
            Indicator(Unit.Percent, 1), Dec(value), null, null, null, DataQuality.Ok, null, out IndicatorResult? result, out _, out _);

        Assert.True(resolved);
        Assert.Equal(shown, Shown(result!.Value));
    }

    private static IndicatorDefinition Indicator(Unit unit, int decimals) =>
        new("TEST 1", "Test indicator", unit, Polarity.Higher, decimals: decimals);
}
