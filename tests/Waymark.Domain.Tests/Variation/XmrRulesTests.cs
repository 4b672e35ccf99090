using Waymark.Indicators;
using Waymark.Periods;
using Waymark.Variation;

using static Waymark.Domain.Tests.Numbers;
using static Waymark.Domain.Tests.Variation.Series;

namespace Waymark.Domain.Tests.Variation;

public class XmrRulesTests
{
    private static XmrChart AfterSigmaOne(string later, Polarity polarity = Polarity.Higher, XmrSettings? settings = null) =>
        XmrRules.Build(Of(SigmaOne + ";" + later), polarity, null, settings ?? SigmaOneSettings);

    // Making Data Count: mean 11.6; moving ranges 2, 1, 2, 1 with mean 1.5; limits 11.6 ± 2.66 x 1.5;
    // sigma 1.5 / 1.128 = 1.3298.
    [Fact]
    public void Limits_AreTheMeanPlusOrMinus266MeanMovingRanges()
    {
        XmrChart chart = XmrRules.Build(Of("10;12;11;13;12"), Polarity.Higher, null, new XmrSettings { MinimumPoints = 5 });
        XmrLimits limits = chart.Segments[0].Limits!.Value;

        Assert.Equal(11.6m, limits.Mean);
        Assert.Equal(1.5m, limits.MeanMovingRange);
        Assert.Equal(15.59m, limits.Upper);
        Assert.Equal(7.61m, limits.Lower);
        Assert.Equal(1.3298m, Math.Round(limits.Sigma, 4));
        Assert.Equal(14.2596m, Math.Round(limits.UpperTwoSigma, 4));
        Assert.Equal(8.9404m, Math.Round(limits.LowerTwoSigma, 4));
        Assert.Equal(12.9298m, Math.Round(limits.UpperOneSigma, 4));
        Assert.Equal([null, 2m, 1m, 2m, 1m], chart.Points.Select(p => p.MovingRange));
    }

    [Fact]
    public void SigmaOneBaseline_HasRoundLines()
    {
        XmrLimits limits = AfterSigmaOne("10").Segments[0].Limits!.Value;

        Assert.Equal(10m, limits.Mean);
        Assert.Equal(1m, limits.Sigma);
        Assert.Equal(12m, limits.UpperTwoSigma);
        Assert.Equal(8m, limits.LowerTwoSigma);
        Assert.Equal(13.00048m, limits.Upper);
        Assert.Equal(6.99952m, limits.Lower);
    }

    [Theory]
    [InlineData("13.00048", "")]
    [InlineData("13.00049", "0")]
    [InlineData("6.99952", "")]
    [InlineData("6.99951", "0")]
    public void OutsideLimits_OnALimitIsNotBeyondIt(string value, string flagged)
    {
        Assert.Equal(flagged, Flagged(AfterSigmaOne(value), SpecialCauseRule.OutsideLimits));
    }

    [Theory]
    [InlineData(6, "11;11;11;11;11", "")]
    [InlineData(6, "11;11;11;11;11;11", "0;1;2;3;4;5")]
    [InlineData(6, "11;11;11;10;11;11;11", "")]
    [InlineData(6, "11;11;11;11;11;11;11;11", "0;1;2;3;4;5;6;7")]
    [InlineData(7, "11;11;11;11;11;11", "")]
    [InlineData(7, "11;11;11;11;11;11;11", "0;1;2;3;4;5;6")]
    [InlineData(8, "11;11;11;11;11;11;11", "")]
    [InlineData(8, "11;11;11;11;11;11;11;11", "0;1;2;3;4;5;6;7")]
    public void Shift_RunOfNOnOneSide_FlagsEveryPointOfIt_APointOnTheMeanBreaksIt(int n, string later, string flagged)
    {
        XmrChart chart = AfterSigmaOne(later, settings: SigmaOneSettings with { ShiftLength = n });

        Assert.Equal(flagged, Flagged(chart, SpecialCauseRule.Shift));
    }

    [Theory]
    [InlineData(6, "9.2;9.3;9.4;10.1;10.2", "")]
    [InlineData(6, "9.2;9.3;9.4;10.1;10.2;10.3", "0;1;2;3;4;5")]
    [InlineData(6, "9.2;9.3;9.4;9.4;10.1;10.2;10.3", "")]
    [InlineData(6, "10.9;10.8;10.7;9.9;9.8;9.7", "0;1;2;3;4;5")]
    [InlineData(7, "9.2;9.3;9.4;10.1;10.2;10.3", "")]
    [InlineData(7, "9.1;9.2;9.3;9.4;10.1;10.2;10.3", "0;1;2;3;4;5;6")]
    public void Trend_NStrictlyRisingOrFalling_ATieBreaksIt(int n, string later, string flagged)
    {
        XmrChart chart = AfterSigmaOne(later, settings: SigmaOneSettings with { TrendLength = n });

        Assert.Equal(flagged, Flagged(chart, SpecialCauseRule.Trend));
        Assert.Equal(string.Empty, Flagged(chart, SpecialCauseRule.Shift));
    }

    [Theory]
    [InlineData("12.5;11;12.5", "0;2")]
    [InlineData("12.5;12.5;11", "0;1")]
    [InlineData("12.5;11;11;12.5", "")]
    [InlineData("12;11;12", "")]
    [InlineData("12.5;10;7.5", "")]
    [InlineData("7.5;10;7.5", "0;2")]
    public void TwoOfThree_BeyondTheSameTwoSigmaLine_OnTheLineOrOnAlternatingSidesIsNot(string later, string flagged)
    {
        Assert.Equal(flagged, Flagged(AfterSigmaOne(later), SpecialCauseRule.TwoOfThree));
    }

    [Theory]
    [InlineData(true, "0;2")]
    [InlineData(false, "")]
    public void TwoOfThree_APointBeyondThreeSigma_CountsOnlyWhenTheSettingSaysSo(bool counts, string flagged)
    {
        XmrChart chart = AfterSigmaOne("13.5;11;12.5", settings: SigmaOneSettings with { BeyondThreeSigmaCountsTowardsTwoOfThree = counts });

        Assert.Equal(flagged, Flagged(chart, SpecialCauseRule.TwoOfThree));
        Assert.Equal("0", Flagged(chart, SpecialCauseRule.OutsideLimits));
    }

    [Theory]
    [InlineData(Polarity.Higher, VariationJudgement.Improvement, VariationIcon.ImprovementHigh)]
    [InlineData(Polarity.Lower, VariationJudgement.Concern, VariationIcon.ConcernHigh)]
    [InlineData(Polarity.None, VariationJudgement.Neither, VariationIcon.NeitherHigh)]
    public void Judgement_FollowsThePolarity(Polarity polarity, VariationJudgement judgement, VariationIcon icon)
    {
        XmrChart chart = AfterSigmaOne("11;11;11;11;11;11", polarity);

        Assert.Equal(judgement, chart.Latest!.Judgement);
        Assert.Equal(icon, chart.Variation);
        Assert.Null(chart.VariationNotShown);
    }

    [Fact]
    public void Judgement_UnflaggedPoint_IsCommonCause()
    {
        XmrChart chart = AfterSigmaOne("10.5");

        Assert.Equal(VariationJudgement.CommonCause, chart.Latest!.Judgement);
        Assert.Empty(chart.Latest.Causes);
        Assert.Null(chart.Latest.Side);
        Assert.Equal(VariationIcon.CommonCause, chart.Variation);
    }

    // Six points above the upper limit, each lower than the one before: above the limit is an improvement when higher
    // is better, the falling trend a concern.
    [Theory]
    [InlineData(true, VariationJudgement.Improvement, VariationIcon.ImprovementHigh)]
    [InlineData(false, VariationJudgement.Concern, VariationIcon.ConcernLow)]
    public void Judgement_ImprovementAndConcernAtOnce_TheSettingSaysWhichWins(bool improvementWins, VariationJudgement judgement, VariationIcon icon)
    {
        XmrChart chart = AfterSigmaOne("13.9;13.8;13.7;13.6;13.5;13.4", settings: SigmaOneSettings with { ImprovementWins = improvementWins });

        Assert.Contains(chart.Latest!.Causes, c => c.Judgement == VariationJudgement.Concern);
        Assert.Contains(chart.Latest.Causes, c => c.Judgement == VariationJudgement.Improvement);
        Assert.Equal(judgement, chart.Latest.Judgement);
        Assert.Equal(icon, chart.Variation);
    }

    [Fact]
    public void EmptySeries_HasNoPointsAndNoIcons()
    {
        XmrChart chart = XmrRules.Build([], Polarity.Higher, 10m);

        Assert.Empty(chart.Points);
        Assert.Empty(chart.Segments);
        Assert.Equal(VariationIcon.NotShown, chart.Variation);
        Assert.Equal(NotShownReason.NoPoints, chart.VariationNotShown);
        Assert.Equal(NotShownReason.NoPoints, chart.AssuranceNotShown);
    }

    [Fact]
    public void OnePoint_IsARunChartWithoutAMovingRange()
    {
        XmrChart chart = XmrRules.Build(Of("42"), Polarity.Higher, 10m);

        XmrPoint point = Assert.Single(chart.Points);
        Assert.Null(point.MovingRange);
        Assert.Null(point.Limits);
        Assert.Equal(VariationJudgement.NotAssessed, point.Judgement);
        Assert.True(chart.Segments[0].IsRunChart);
        Assert.Equal(NotShownReason.TooFewPoints, chart.VariationNotShown);
        Assert.Equal(NotShownReason.TooFewPoints, chart.AssuranceNotShown);
    }

    [Theory]
    [InlineData(12, 13, true)]
    [InlineData(13, 13, false)]
    [InlineData(14, 15, true)]
    [InlineData(15, 15, false)]
    public void MinimumPoints_BelowItTheChartIsARunChart(int points, int minimum, bool runChart)
    {
        var values = Of(string.Join(';', Enumerable.Range(0, points).Select(i => i % 2 == 0 ? "10" : "11")));
        XmrChart chart = XmrRules.Build(values, Polarity.Higher, 10m, new XmrSettings { MinimumPoints = minimum });

        Assert.Equal(runChart, chart.Segments[0].IsRunChart);
        Assert.Equal(runChart, chart.Variation == VariationIcon.NotShown);
        Assert.Equal(runChart, chart.Points.All(p => p.Judgement == VariationJudgement.NotAssessed));
    }

    [Fact]
    public void MinimumPoints_DefaultIs13()
    {
        Assert.Equal(13, XmrSettings.Default.MinimumPoints);
        Assert.Equal(6, XmrSettings.Default.ShiftLength);
        Assert.Equal(6, XmrSettings.Default.TrendLength);
        Assert.False(XmrSettings.Default.ScreenMovingRangeOutliers);
        Assert.True(XmrSettings.Default.BeyondThreeSigmaCountsTowardsTwoOfThree);
        Assert.True(XmrSettings.Default.ImprovementWins);
    }

    // One wild point (20) among 10s and 11s: its two moving ranges of 9 push the mean moving range to 28 / 12;
    // screened (above 3.267 x 28/12 = 7.62), it is 10 / 10 = 1. With the mean recomputed, 20 lies outside the
    // screened limits and the mean is of the other twelve: 126 / 12 = 10.5.
    [Theory]
    [InlineData(false, false, "2.3333", "11.2308", "17.4374")]
    [InlineData(true, false, "1", "11.2308", "13.8908")]
    [InlineData(true, true, "1", "10.5", "13.16")]
    public void Screening_LeavesOutOutlyingMovingRanges(bool screen, bool recomputeMean, string meanRange, string mean, string upper)
    {
        var values = Of("10;11;10;11;10;11;20;11;10;11;10;11;10");
        XmrChart chart = XmrRules.Build(values, Polarity.Higher, null, new XmrSettings { ScreenMovingRangeOutliers = screen, RecomputeMean = recomputeMean });
        XmrLimits limits = chart.Segments[0].Limits!.Value;

        Assert.Equal(Dec(meanRange), Math.Round(limits.MeanMovingRange, 4));
        Assert.Equal(Dec(mean), Math.Round(limits.Mean, 4));
        Assert.Equal(Dec(upper), Math.Round(limits.Upper, 4));
    }

    [Fact]
    public void Recalculation_StartsNewLimitsFromItsPeriod()
    {
        var values = Of(string.Join(';', Enumerable.Range(0, 26).Select(i => (i < 13 ? 10 : 20) + (i % 2))));
        XmrChart without = XmrRules.Build(values, Polarity.Higher, null);
        var officer = Recalculation.ByOfficer(Quarter(13), "New referral process from July 2013");
        XmrChart with = XmrRules.Build(values, Polarity.Higher, null, new XmrSettings { Recalculations = [officer] });

        Assert.Single(without.Segments);
        Assert.Equal(VariationJudgement.Improvement, without.Latest!.Judgement);

        Assert.Equal(2, with.Segments.Count);
        Assert.Equal(Quarter(13), with.Segments[1].From);
        Assert.Same(officer, with.Segments[1].Recalculation);
        Assert.Equal(10.4615m, Math.Round(with.Segments[0].Limits!.Value.Mean, 4));
        Assert.Equal(20.5385m, Math.Round(with.Segments[1].Limits!.Value.Mean, 4));
        Assert.Null(with.Points[13].MovingRange);
        Assert.Equal(1, with.Points[13].Segment);
        Assert.Equal(VariationJudgement.CommonCause, with.Latest!.Judgement);
    }

    [Fact]
    public void Recalculation_SeriesBreakWithTooFewPointsSinceIt_LatestIsARunChart()
    {
        var values = Of(string.Join(';', Enumerable.Range(0, 20).Select(i => 10 + (i % 2))));
        XmrChart chart = XmrRules.Build(values, Polarity.Higher, 10m, new XmrSettings { Recalculations = [Recalculation.SeriesBreak(Quarter(15))] });

        Assert.Equal(RecalculationKind.SeriesBreak, chart.Segments[1].Recalculation!.Kind);
        Assert.False(chart.Segments[0].IsRunChart);
        Assert.True(chart.Segments[1].IsRunChart);
        Assert.Equal(NotShownReason.TooFewPoints, chart.VariationNotShown);
        Assert.Equal(VariationJudgement.CommonCause, chart.Points[14].Judgement);
        Assert.Equal(VariationJudgement.NotAssessed, chart.Points[15].Judgement);
    }

    [Fact]
    public void Baseline_LaterPointsAreJudgedAgainstTheBaselinesLimits()
    {
        XmrChart chart = AfterSigmaOne("11;11;11;11;11;11");

        Assert.All(chart.Points, p => Assert.Equal(10m, p.Limits!.Value.Mean));
        Assert.Equal(12, chart.Points.Count(p => p.InBaseline));
        Assert.False(chart.Points[12].InBaseline);
    }

    [Theory]
    [InlineData(Polarity.Higher, "7.33", AssuranceIcon.ConsistentlyPasses)]
    [InlineData(Polarity.Higher, "7.34", AssuranceIcon.ConsistentlyPasses)]
    [InlineData(Polarity.Higher, "7.35", AssuranceIcon.HitOrMiss)]
    [InlineData(Polarity.Higher, "12.65", AssuranceIcon.HitOrMiss)]
    [InlineData(Polarity.Higher, "12.66", AssuranceIcon.ConsistentlyFails)]
    [InlineData(Polarity.Lower, "12.66", AssuranceIcon.ConsistentlyPasses)]
    [InlineData(Polarity.Lower, "12.65", AssuranceIcon.HitOrMiss)]
    [InlineData(Polarity.Lower, "7.34", AssuranceIcon.ConsistentlyFails)]
    public void Assurance_ATargetExactlyOnALimitCountsAsOnThatLimitsSide(Polarity polarity, string target, AssuranceIcon icon)
    {
        var limits = new XmrLimits(10m, 1m, 13);

        Assert.Equal(7.34m, limits.Lower);
        Assert.Equal(icon, XmrRules.AssuranceOf(limits, polarity, Dec(target)));
    }

    [Theory]
    [InlineData(Polarity.Higher, "5", AssuranceIcon.ConsistentlyPasses, null)]
    [InlineData(Polarity.Higher, null, AssuranceIcon.NotShown, NotShownReason.NoTarget)]
    [InlineData(Polarity.None, "5", AssuranceIcon.NotShown, NotShownReason.NoPolarity)]
    public void Assurance_OfAChart_UsesTheLatestLimitsAndTarget(Polarity polarity, string? target, AssuranceIcon icon, NotShownReason? reason)
    {
        XmrChart chart = XmrRules.Build(Of(SigmaOne + ";10"), polarity, DecOrNull(target), SigmaOneSettings);

        Assert.Equal(icon, chart.Assurance);
        Assert.Equal(reason, chart.AssuranceNotShown);
    }

    [Theory]
    [InlineData(5, 6, 13, null, false, "ShiftLength", "The shift length must be between 6 and 8, not 5")]
    [InlineData(6, 9, 13, null, false, "TrendLength", "The trend length must be between 6 and 8, not 9")]
    [InlineData(6, 6, 1, null, false, "MinimumPoints", "The minimum number of points must be at least 2, not 1")]
    [InlineData(6, 6, 13, 12, false, "BaselinePoints", "The baseline must have at least the minimum number of points (13), not 12")]
    [InlineData(6, 6, 13, null, true, "RecomputeMean", "The mean can be recomputed only when moving-range outliers are screened")]
    public void Settings_Problems_AreNamedInWords(int shift, int trend, int minimum, int? baseline, bool recompute, string setting, string problem)
    {
        var settings = new XmrSettings { ShiftLength = shift, TrendLength = trend, MinimumPoints = minimum, BaselinePoints = baseline, RecomputeMean = recompute };

        Assert.Equal([new SettingProblem(setting, problem)], settings.Problems());
        Assert.Throws<ArgumentException>(() => XmrRules.Build(Of("1;2"), Polarity.Higher, null, settings));
    }

    [Fact]
    public void Build_PeriodsOutOfOrder_Throws()
    {
        XmrValue[] values = [new(ReportingPeriod.FinancialQuarter(2010, 2), 1m), new(ReportingPeriod.FinancialQuarter(2010, 1), 2m)];

        Assert.Throws<ArgumentException>(() => XmrRules.Build(values, Polarity.Higher, null));
    }
}
