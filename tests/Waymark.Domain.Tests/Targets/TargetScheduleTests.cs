using Waymark.Indicators;
using Waymark.Periods;
using Waymark.Targets;

using static Waymark.Domain.Tests.Numbers;

namespace Waymark.Domain.Tests.Targets;

public class TargetScheduleTests
{
    [Fact]
    public void For_QuarterWithItsOwnTarget_TheProfiledTargetWins()
    {
        TargetSchedule targets = Schedule(("2010/11", 100m), ("2010/11 Q2", 40m));
        IndicatorDefinition indicator = Indicator(Aggregation.Cumulative, decimals: 0);

        ApplicableTarget? target = targets.For(indicator, Period("2010/11 Q2"));

        Assert.Equal(new ApplicableTarget(40m, TargetBasis.Profiled), target);
        Assert.Equal("40", Shown(target?.Value));
    }

    [Fact]
    public void For_SnapshotQuarterWithoutItsOwnTarget_TakesTheAnnualTarget()
    {
        TargetSchedule targets = Schedule(("2008/09", 80m));
        IndicatorDefinition indicator = Indicator(Aggregation.Snapshot, decimals: 1);

        ApplicableTarget? target = targets.For(indicator, Period("2008/09 Q3"));

        Assert.Equal(TargetBasis.Annual, target?.Basis);
        Assert.Equal("80.0", Shown(target?.Value));
    }

    [Theory]
    [InlineData(Aggregation.Snapshot)]
    [InlineData(Aggregation.Ratio)]
    public void For_NonCumulativeQuarters_AllTakeTheWholeAnnualTarget(Aggregation aggregation)
    {
        TargetSchedule targets = Schedule(("2010/11", 6.8m));
        IndicatorDefinition indicator = Indicator(aggregation, decimals: 1);

        for (int quarter = 1; quarter <= 4; quarter++)
        {
            Assert.Equal(new ApplicableTarget(6.8m, TargetBasis.Annual), targets.For(indicator, ReportingPeriod.FinancialQuarter(2010, quarter)));
        }
    }

    [Theory]
    [InlineData("2010/11 Q1", "100", 0, "25")]
    [InlineData("2010/11 Q2", "100", 0, "50")]
    [InlineData("2010/11 Q3", "100", 0, "75")]
    [InlineData("2010/11 Q4", "100", 0, "100")]
    [InlineData("2010/11 Q1", "10", 0, "3")]
    [InlineData("2010/11 Q2", "10", 0, "5")]
    [InlineData("2010/11 Q3", "10", 0, "8")]
    [InlineData("2010/11 Q1", "10", 1, "2.5")]
    [InlineData("2010/11 Q3", "10", 1, "7.5")]
    [InlineData("2010/11 Q3", "100", 1, "75.0")]
    [InlineData("2010/11 Q1", "30", 0, "8")]
    [InlineData("2010/11 Q3", "30", 0, "23")]
    public void For_CumulativeQuarterWithoutItsOwnTarget_IsTheAnnualTargetProRataRoundedHalfUp(string period, string annual, int decimals, string shown)
    {
        TargetSchedule targets = Schedule(("2010/11", Dec(annual)));
        IndicatorDefinition indicator = Indicator(Aggregation.Cumulative, decimals);

        ApplicableTarget? target = targets.For(indicator, Period(period));

        Assert.Equal(TargetBasis.ProRata, target?.Basis);
        Assert.Equal(shown, Shown(target?.Value));
    }

    [Theory]
    [InlineData(YearType.Financial, "2010/11", "120", "2010-04", "10")]
    [InlineData(YearType.Financial, "2010/11", "120", "2010-11", "80")]
    [InlineData(YearType.Financial, "2010/11", "120", "2011-03", "120")]
    [InlineData(YearType.Financial, "2010/11", "100", "2010-04", "8")]
    [InlineData(YearType.Financial, "2010/11", "100", "2010-05", "17")]
    [InlineData(YearType.Financial, "2010/11", "6", "2010-04", "1")]
    [InlineData(YearType.Academic, "AY 2010/11", "120", "2010-11", "30")]
    [InlineData(YearType.Academic, "AY 2010/11", "120", "2011-08", "120")]
    [InlineData(YearType.Calendar, "2010", "120", "2010-11", "110")]
    public void For_CumulativeMonthWithoutItsOwnTarget_IsTheAnnualTargetTimesMonthsElapsedOverTwelve(
        YearType yearType, string year, string annual, string month, string shown)
    {
        TargetSchedule targets = Schedule((year, Dec(annual)));
        IndicatorDefinition indicator = Indicator(Aggregation.Cumulative, decimals: 0, yearType);

        ApplicableTarget? target = targets.For(indicator, Period(month));

        Assert.Equal(TargetBasis.ProRata, target?.Basis);
        Assert.Equal(shown, Shown(target?.Value));
    }

    [Fact]
    public void For_SnapshotMonth_TakesTheAnnualTargetOfItsYearType()
    {
        TargetSchedule targets = Schedule(("AY 2010/11", 65m), ("2010/11", 70m));
        IndicatorDefinition academic = Indicator(Aggregation.Snapshot, decimals: 1, YearType.Academic);
        IndicatorDefinition financial = Indicator(Aggregation.Snapshot, decimals: 1, YearType.Financial);

        Assert.Equal(new ApplicableTarget(65m, TargetBasis.Annual), targets.For(academic, Period("2011-08")));
        Assert.Equal(new ApplicableTarget(70m, TargetBasis.Annual), targets.For(financial, Period("2011-03")));
        Assert.Null(targets.For(academic, Period("2011-09")));
        Assert.Null(targets.For(financial, Period("2011-04")));
    }

    [Fact]
    public void For_Year_TakesItsOwnTargetAsProfiled()
    {
        TargetSchedule targets = Schedule(("2010/11", 100m));

        Assert.Equal(new ApplicableTarget(100m, TargetBasis.Profiled), targets.For(Indicator(Aggregation.Cumulative, 0), Period("2010/11")));
    }

    [Fact]
    public void For_YearWithOnlyQuarterlyTargets_HasNoTarget()
    {
        TargetSchedule targets = Schedule(("2010/11 Q1", 25m), ("2010/11 Q2", 50m));

        Assert.Null(targets.For(Indicator(Aggregation.Cumulative, 0), Period("2010/11")));
    }

    [Fact]
    public void For_NoTargetForThePeriodOrItsYear_IsNull()
    {
        TargetSchedule targets = Schedule(("2009/10", 80m), ("2010/11 Q1", 20m));
        IndicatorDefinition indicator = Indicator(Aggregation.Cumulative, 0);

        Assert.Null(targets.For(indicator, Period("2010/11 Q2")));
        Assert.Null(targets.For(indicator, Period("2011/12 Q1")));
        Assert.Null(TargetSchedule.Empty.For(indicator, Period("2010/11 Q1")));
        Assert.Null(TargetSchedule.Empty.For(indicator, Period("2010/11")));
    }

    [Theory]
    [InlineData("6.84", 1, "6.8")]
    [InlineData("6.85", 1, "6.9")]
    [InlineData("80", 1, "80.0")]
    [InlineData("79.5", 0, "80")]
    public void For_TargetSetWithMoreDecimals_IsRoundedHalfUpToTheIndicatorsDecimals(string set, int decimals, string shown)
    {
        TargetSchedule targets = Schedule(("2010/11", Dec(set)));
        IndicatorDefinition indicator = Indicator(Aggregation.Snapshot, decimals);

        Assert.Equal(shown, Shown(targets.For(indicator, Period("2010/11"))?.Value));
        Assert.Equal(shown, Shown(targets.For(indicator, Period("2010/11 Q2"))?.Value));
        Assert.Equal(shown, Shown(targets.AnnualFor(indicator, Period("2010/11 Q2"))));
    }

    [Theory]
    [InlineData(YearType.Financial, "2010/11 Q3", "100")]
    [InlineData(YearType.Financial, "2010/11", "100")]
    [InlineData(YearType.Financial, "2011-03", "100")]
    [InlineData(YearType.Financial, "2011-04", "110")]
    [InlineData(YearType.Academic, "2011-08", "95")]
    [InlineData(YearType.Academic, "AY 2010/11", "95")]
    [InlineData(YearType.Calendar, "2010-12", "90")]
    [InlineData(YearType.Financial, "2012/13 Q1", null)]
    [InlineData(YearType.Academic, "2011-09", null)]
    public void AnnualFor_Period_IsTheTargetForTheYearItBelongsTo(YearType yearType, string period, string? shown)
    {
        TargetSchedule targets = Schedule(("2010/11", 100m), ("2011/12", 110m), ("AY 2010/11", 95m), ("2010", 90m), ("2010/11 Q3", 70m));
        IndicatorDefinition indicator = Indicator(Aggregation.Cumulative, 0, yearType);

        Assert.Equal(shown, Shown(targets.AnnualFor(indicator, Period(period))));
    }

    [Fact]
    public void SetForAndCount_ReportExactlyWhatWasSet()
    {
        TargetSchedule targets = Schedule(("2010/11", 100m), ("2010/11 Q2", 40m));

        Assert.Equal(2, targets.Count);
        Assert.Equal(40m, targets.SetFor(Period("2010/11 Q2")));
        Assert.Null(targets.SetFor(Period("2010/11 Q1")));
        Assert.Equal(0, TargetSchedule.Empty.Count);
    }

    private static ReportingPeriod Period(string key) => ReportingPeriod.Parse(key);

    private static TargetSchedule Schedule(params (string Period, decimal Target)[] targets) =>
        new(targets.Select(t => KeyValuePair.Create(Period(t.Period), t.Target)));

    private static IndicatorDefinition Indicator(Aggregation aggregation, int decimals, YearType yearType = YearType.Financial) =>
        new("TEST 1", "Test indicator", Unit.Number, Polarity.Higher, aggregation: aggregation, decimals: decimals, yearType: yearType);
}
