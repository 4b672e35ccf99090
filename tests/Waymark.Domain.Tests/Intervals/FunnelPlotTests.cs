using Waymark.Indicators;
using Waymark.Intervals;

using static Waymark.Domain.Tests.Numbers;

namespace Waymark.Domain.Tests.Intervals;

public class FunnelPlotTests
{
    // By hand, as Public Health England's Fingertips funnel plots (PHEindicatormethods' phe_funnels) work them out for a
    // proportion: P ± z√(P(1 − P)/n). P = 24.5%, n = 40, z = 1.959964: √(0.245 × 0.755 / 40) = 0.0680005, times z
    // is 0.1332786, so 11.17% to 37.83%; at 99.8%, z = 3.090232: 0.2101374, so 3.49% to 45.51%.
    [Theory]
    [InlineData(ConfidenceLevel.Percent95, "11.17", "37.83")]
    [InlineData(ConfidenceLevel.Percent99Point8, "3.49", "45.51")]
    public void Limits_Percentage_MatchTheHandCalculation(ConfidenceLevel level, string lower, string upper)
    {
        (decimal low, decimal high) = FunnelRules.Limits(Unit.Percent, 24.5m, 40m, level);

        Assert.Equal(Dec(lower), Math.Round(low, 2));
        Assert.Equal(Dec(upper), Math.Round(high, 2));
    }

    [Fact]
    public void Limits_SmallDenominator_StayWithinNoughtAndAHundred()
    {
        (decimal low, decimal high) = FunnelRules.Limits(Unit.Percent, 24.5m, 2m, ConfidenceLevel.Percent95);

        Assert.Equal(0m, low);
        Assert.Equal(84.11m, Math.Round(high, 2));
        Assert.Equal((0m, 0m), FunnelRules.Limits(Unit.Percent, 0m, 50m, ConfidenceLevel.Percent95));
        Assert.Equal((100m, 100m), FunnelRules.Limits(Unit.Percent, 100m, 50m, ConfidenceLevel.Percent95));
    }

    // An expected count of 12 (a rate of 40 per 10,000 over 3,000 children): the upper limit is the count whose Byar
    // interval's lower end is 12, the lower limit the count whose exact Poisson upper end is 12, each checked back
    // against the interval it inverts.
    [Fact]
    public void Limits_Rate_AreTheCountsWhoseIntervalJustReachesTheExpectedCount()
    {
        (decimal low, decimal high) = FunnelRules.Limits(Unit.RatePer10000, 40m, 3_000m, ConfidenceLevel.Percent95);

        decimal upperCount = high * 3_000m / 10_000m;
        decimal lowerCount = low * 3_000m / 10_000m;
        Assert.Equal(12m, Math.Round(IntervalRules.Poisson(upperCount, 1m, ConfidenceLevel.Percent95).Lower, 6));
        Assert.Equal(12m, Math.Round(IntervalRules.Poisson(lowerCount, 1m, ConfidenceLevel.Percent95).Upper, 6));
        Assert.True(lowerCount is > 5m and < 7m, $"lower count {lowerCount}");
        Assert.True(upperCount is > 19m and < 22m, $"upper count {upperCount}");
    }

    [Fact]
    public void Limits_RateWithFewExpected_LowerLimitIsNought()
    {
        // An expected count of 3 lies within the interval of no events at all (0 to 3.69 at 95%).
        (decimal low, decimal high) = FunnelRules.Limits(Unit.RatePer10000, 10m, 3_000m, ConfidenceLevel.Percent95);

        Assert.Equal(0m, low);
        Assert.True(high > 10m);
        Assert.Equal((0m, 0m), FunnelRules.Limits(Unit.RatePer10000, 0m, 3_000m, ConfidenceLevel.Percent95));
    }

    [Fact]
    public void Limits_NarrowAsTheDenominatorGrows()
    {
        decimal previousWidth = decimal.MaxValue;
        foreach (decimal n in new[] { 10m, 40m, 160m, 640m, 2_560m, 61_840m })
        {
            FunnelLimits limits = FunnelRules.At(Unit.Percent, 24.5m, n);
            Assert.True(limits.Lower998 <= limits.Lower95 && limits.Lower95 < 24.5m && 24.5m < limits.Upper95 && limits.Upper95 <= limits.Upper998);
            Assert.True(limits.Upper95 - limits.Lower95 < previousWidth);
            previousWidth = limits.Upper95 - limits.Lower95;
        }
    }

    [Theory]
    [InlineData(Unit.Days)]
    [InlineData(Unit.Currency)]
    [InlineData(Unit.Score)]
    public void Limits_UnitWithoutIntervals_Throw(Unit unit) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => FunnelRules.Limits(unit, 10m, 100m, ConfidenceLevel.Percent95));

    [Fact]
    public void Place_OnALimit_IsWithinIt()
    {
        var limits = new FunnelLimits(100m, 10m, 30m, 5m, 35m);

        Assert.Equal(FunnelPosition.Within, limits.Place(10m));
        Assert.Equal(FunnelPosition.Within, limits.Place(30m));
        Assert.Equal(FunnelPosition.Above95, limits.Place(30.0001m));
        Assert.Equal(FunnelPosition.Above95, limits.Place(35m));
        Assert.Equal(FunnelPosition.Above998, limits.Place(35.0001m));
        Assert.Equal(FunnelPosition.Below95, limits.Place(5m));
        Assert.Equal(FunnelPosition.Below998, limits.Place(4.9999m));
    }

    [Theory]
    [InlineData(FunnelPosition.Above998, Polarity.Higher, BenchmarkOutcome.MuchBetter)]
    [InlineData(FunnelPosition.Above95, Polarity.Higher, BenchmarkOutcome.Better)]
    [InlineData(FunnelPosition.Within, Polarity.Higher, BenchmarkOutcome.Similar)]
    [InlineData(FunnelPosition.Below95, Polarity.Higher, BenchmarkOutcome.Worse)]
    [InlineData(FunnelPosition.Below998, Polarity.Higher, BenchmarkOutcome.MuchWorse)]
    [InlineData(FunnelPosition.Above998, Polarity.Lower, BenchmarkOutcome.MuchWorse)]
    [InlineData(FunnelPosition.Above95, Polarity.Lower, BenchmarkOutcome.Worse)]
    [InlineData(FunnelPosition.Below95, Polarity.Lower, BenchmarkOutcome.Better)]
    [InlineData(FunnelPosition.Below998, Polarity.Lower, BenchmarkOutcome.MuchBetter)]
    [InlineData(FunnelPosition.Above998, Polarity.None, BenchmarkOutcome.NotCompared)]
    [InlineData(FunnelPosition.Within, Polarity.None, BenchmarkOutcome.NotCompared)]
    public void Outcome_FollowsPolarity(FunnelPosition position, Polarity polarity, BenchmarkOutcome expected) =>
        Assert.Equal(expected, FunnelPlot.Outcome(position, polarity));

    [Theory]
    [InlineData(FunnelPosition.Within, "within", "within the 95% limits")]
    [InlineData(FunnelPosition.Above95, "above_95", "above the 95% limits")]
    [InlineData(FunnelPosition.Above998, "above_998", "above the 99.8% limits")]
    [InlineData(FunnelPosition.Below95, "below_95", "below the 95% limits")]
    [InlineData(FunnelPosition.Below998, "below_998", "below the 99.8% limits")]
    public void Position_HasACodeAndWordsForASentence(FunnelPosition position, string code, string phrase)
    {
        Assert.Equal(code, position.ToCode());
        Assert.Equal(phrase, position.ToPhrase());
    }

    // The funnel plot and the comparison beside the rating are the same test seen two ways: an area lies beyond a
    // level's limits exactly when the centre lies outside its interval at that level.
    [Theory]
    [InlineData(Unit.Percent, "24.5")]
    [InlineData(Unit.Percent, "3")]
    [InlineData(Unit.RatePer10000, "42.7")]
    [InlineData(Unit.RatePer1000, "0.9")]
    public void Build_EveryArea_AgreesWithTheBenchmarkComparison(Unit unit, string centreText)
    {
        decimal centre = Dec(centreText);
        var areas = new List<FunnelArea>();
        int number = 0;
        foreach (decimal n in new[] { 7m, 23m, 60m, 157m, 410m, 2_345m })
        {
            decimal most = unit == Unit.Percent ? n : Math.Ceiling(n * centre / unit.Multiplier() * 4m) + 12m;
            for (decimal o = 0m; o <= most; o += Math.Max(1m, Math.Floor(most / 40m)))
            {
                areas.Add(new FunnelArea(++number, $"Area {number}", o, unit == Unit.Percent ? n : n * 30m));
            }
        }

        FunnelPlot plot = FunnelPlot.Build(unit, Polarity.Lower, centre, areas);

        Assert.Empty(plot.Omitted);
        Assert.Equal(areas.Count, plot.Points.Count);
        foreach (FunnelPoint point in plot.Points)
        {
            Assert.True(IntervalRules.TryCalculate(unit, point.Area.Numerator, point.Area.Denominator, ConfidenceLevel.Percent95, out ConfidenceInterval i95, out _));
            Assert.True(IntervalRules.TryCalculate(unit, point.Area.Numerator, point.Area.Denominator, ConfidenceLevel.Percent99Point8, out ConfidenceInterval i998, out _));
            Assert.True(
                BenchmarkComparison.Compare(i95, i998, centre, Polarity.Lower) == point.Outcome,
                $"{point.Area.Numerator} of {point.Area.Denominator}: funnel says {point.Outcome}, interval {i95.Lower}-{i95.Upper} / {i998.Lower}-{i998.Upper}");
        }
    }

    [Fact]
    public void Build_SortsAreasBeyondEachLimit_AndLeavesOffThoseThatCannotBePlotted()
    {
        FunnelPlot plot = FunnelPlot.Build(Unit.Percent, Polarity.Lower, 24.5m, [
            new(1, "Steady", 25m, 100m),
            new(2, "High", 35m, 100m),
            new(3, "Very high", 60m, 100m),
            new(4, "Very low", 2m, 100m),
            new(5, "No plans", 0m, 0m),
            new(6, "Miscounted", 12m, 10m),
        ]);

        Assert.Equal(["Steady", "High", "Very high", "Very low"], plot.Points.Select(p => p.Area.Name));
        Assert.Equal([BenchmarkOutcome.Similar, BenchmarkOutcome.Worse, BenchmarkOutcome.MuchWorse, BenchmarkOutcome.MuchBetter], plot.Points.Select(p => p.Outcome));
        Assert.Equal(["Very high", "Very low"], plot.Beyond998.Select(p => p.Area.Name));
        Assert.Equal(["High"], plot.Beyond95Only.Select(p => p.Area.Name));
        Assert.Equal(["No plans: its denominator is 0", "Miscounted: its count is more than its denominator"], plot.Omitted.Select(o => $"{o.Area.Name}: {o.Reason}"));
        Assert.Equal(35m, plot.Points[1].Value);
    }

    [Fact]
    public void Build_Curve_RunsFromTheSmallestDenominatorToTheLargest()
    {
        FunnelPlot plot = FunnelPlot.Build(Unit.Percent, Polarity.Lower, 24.5m, [new(1, "Small", 3m, 12m), new(2, "Large", 500m, 2_000m)]);

        Assert.Equal(12m, plot.Curve[0].Denominator);
        Assert.Equal(2_000m, plot.Curve[^1].Denominator);
        Assert.True(plot.Curve.Count is > 20 and <= FunnelPlot.CurvePoints);
        Assert.True(plot.Curve.Zip(plot.Curve.Skip(1)).All(p => p.First.Denominator < p.Second.Denominator));
        Assert.Empty(FunnelPlot.Build(Unit.Percent, Polarity.Lower, 24.5m, []).Curve);
    }

    [Fact]
    public void Build_CentreOutsideTheUnit_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => FunnelPlot.Build(Unit.Percent, Polarity.Lower, 100.1m, []));
}
