using Waymark.Forecasts;
using Waymark.Indicators;
using Waymark.Periods;
using Waymark.Results;

using static Waymark.Domain.Tests.Numbers;

namespace Waymark.Domain.Tests.Forecasts;

public class YearEndForecastTests
{
    [Theory]
    [InlineData(Aggregation.Cumulative, "2010/11 Q3", "30", "50", "50")]
    [InlineData(Aggregation.Snapshot, "2008/09 Q3", "77.4", "70", "70")]
    [InlineData(Aggregation.Ratio, "2010/11 Q3", "11.3", "12", "12")]
    [InlineData(Aggregation.Cumulative, "2010/11 Q1", "7", "20.6", "21")]
    public void Predict_OfficersFigureGiven_TheOfficersFigureWinsRounded(Aggregation aggregation, string period, string value, string officer, string shown)
    {
        YearEndForecast? forecast = YearEndForecast.Predict(
            Indicator(aggregation, 0), Period(period), new IndicatorResult(Dec(value), PredictedYearEnd: Dec(officer)));

        Assert.Equal(ForecastBasis.Officer, forecast?.Basis);
        Assert.Equal(shown, Shown(forecast?.Value));
    }

    [Fact]
    public void Predict_WithheldWithOfficersFigure_GivesTheOfficersFigure()
    {
        YearEndForecast? forecast = YearEndForecast.Predict(
            Indicator(Aggregation.Snapshot, 1), Period("2010/11 Q3"), new IndicatorResult(77.4m, PredictedYearEnd: 70m, DataQuality: DataQuality.Withheld));

        Assert.Equal(ForecastBasis.Officer, forecast?.Basis);
        Assert.Equal("70.0", Shown(forecast?.Value));
    }

    [Theory]
    [InlineData("2010/11 Q3", YearType.Financial, "30", 0, "40")]
    [InlineData("2010/11 Q3", YearType.Financial, "30", 1, "40.0")]
    [InlineData("2010/11 Q1", YearType.Financial, "7", 0, "28")]
    [InlineData("2010/11 Q2", YearType.Financial, "7", 0, "14")]
    [InlineData("2010/11 Q4", YearType.Financial, "30", 0, "30")]
    [InlineData("2010/11 Q3", YearType.Financial, "10", 0, "13")]
    [InlineData("2010/11 Q3", YearType.Financial, "10", 1, "13.3")]
    [InlineData("2010/11 Q3", YearType.Financial, "20", 0, "27")]
    [InlineData("2010-11", YearType.Financial, "7", 0, "11")]
    [InlineData("2010-11", YearType.Financial, "5", 0, "8")]
    [InlineData("2010-11", YearType.Academic, "5", 0, "20")]
    [InlineData("2010-11", YearType.Calendar, "11", 0, "12")]
    [InlineData("2011-03", YearType.Financial, "90", 0, "90")]
    public void Predict_CumulativeWithoutOfficersFigure_ProjectsTheYearToDateRoundedHalfUp(
        string period, YearType yearType, string yearToDate, int decimals, string shown)
    {
        YearEndForecast? forecast = YearEndForecast.Predict(
            Indicator(Aggregation.Cumulative, decimals, yearType), Period(period), new IndicatorResult(Dec(yearToDate)));

        Assert.Equal(ForecastBasis.Projected, forecast?.Basis);
        Assert.Equal(shown, Shown(forecast?.Value));
    }

    [Theory]
    [InlineData(Aggregation.Snapshot, "2008/09 Q3", "77.4", "77.4")]
    [InlineData(Aggregation.Ratio, "2010/11 Q3", "11.3", "11.3")]
    [InlineData(Aggregation.Snapshot, "2010-11", "81.6", "81.6")]
    [InlineData(Aggregation.Ratio, "2010/11 Q1", "80", "80.0")]
    [InlineData(Aggregation.Cumulative, "2010/11", "100", "100.0")]
    [InlineData(Aggregation.Cumulative, "AY 2010/11", "42", "42.0")]
    public void Predict_SnapshotRatioOrWholeYear_IsTheLatestValue(Aggregation aggregation, string period, string value, string shown)
    {
        YearEndForecast? forecast = YearEndForecast.Predict(Indicator(aggregation, 1), Period(period), new IndicatorResult(Dec(value)));

        Assert.Equal(ForecastBasis.Latest, forecast?.Basis);
        Assert.Equal(shown, Shown(forecast?.Value));
    }

    [Theory]
    [InlineData(Aggregation.Cumulative)]
    [InlineData(Aggregation.Snapshot)]
    public void Predict_WithheldWithoutOfficersFigure_IsNull(Aggregation aggregation)
    {
        IndicatorResult withheld = new(30m, DataQuality: DataQuality.Withheld);

        Assert.Null(YearEndForecast.Predict(Indicator(aggregation, 0), Period("2010/11 Q3"), withheld));
    }

    [Fact]
    public void Predict_NoResultOrNoValue_IsNull()
    {
        IndicatorDefinition indicator = Indicator(Aggregation.Cumulative, 0);

        Assert.Null(YearEndForecast.Predict(indicator, Period("2010/11 Q3"), null));
        Assert.Null(YearEndForecast.Predict(indicator, Period("2010/11 Q3"), new IndicatorResult(null)));
    }

    private static ReportingPeriod Period(string key) => ReportingPeriod.Parse(key);

    private static IndicatorDefinition Indicator(Aggregation aggregation, int decimals, YearType yearType = YearType.Financial) =>
        new("TEST 1", "Test indicator", Unit.Number, Polarity.Higher, aggregation: aggregation, decimals: decimals, yearType: yearType);
}
