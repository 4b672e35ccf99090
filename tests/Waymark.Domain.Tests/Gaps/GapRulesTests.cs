using Waymark.Gaps;
using Waymark.Indicators;
using Waymark.Periods;

using static Waymark.Domain.Tests.Numbers;

namespace Waymark.Domain.Tests.Gaps;

public class GapRulesTests
{
    private static readonly BreakdownDimension SenStatus = new(
        "sen_status",
        "SEN status",
        "all",
        [
            new BreakdownGroup("all", "All young people"),
            new BreakdownGroup("no_sen", "No SEN"),
            new BreakdownGroup("ehcp", "EHC plan", "no_sen"),
            new BreakdownGroup("sen_support", "SEN support", "no_sen"),
        ]);

    [Theory]
    [InlineData("13.6", "7.8", "5.8")]
    [InlineData("7.8", "13.6", "-5.8")]
    [InlineData("7.8", "7.8", "0.0")]
    [InlineData("7.84", "7.76", "0.0")]
    [InlineData("7.85", "7.84", "0.1")]
    [InlineData("0", "4.7", "-4.7")]
    public void Gap_IsGroupMinusComparedAtTheMeasuresDecimals(string group, string compared, string gap)
    {
        Assert.Equal(Dec(gap), GapRules.Gap(Neet(), GroupFigure.Of(Dec(group)), GroupFigure.Of(Dec(compared))));
    }

    [Fact]
    public void Gap_OfAPercentage_IsInPercentagePointsNotAProportion()
    {
        // 13.6% against 6.8% is 6.8 percentage points, not "twice as many" nor 100%.
        Assert.Equal(6.8m, GapRules.Gap(Neet(), GroupFigure.Of(13.6m), GroupFigure.Of(6.8m)));
    }

    [Fact]
    public void Gap_OfARate_IsInTheRatesUnits()
    {
        IndicatorDefinition rate = new("CIN", "Children in need per 10,000", Unit.RatePer10000, Polarity.None, decimals: 1);

        Assert.Equal(-123.4m, GapRules.Gap(rate, GroupFigure.Of(210.1m), GroupFigure.Of(333.5m)));
    }

    [Fact]
    public void Gap_MissingSuppressedOrWithheldOnEitherSide_IsNone()
    {
        IndicatorDefinition neet = Neet();
        GroupFigure shown = GroupFigure.Of(7.8m);
        GroupFigure[] unusable = [GroupFigure.Missing, GroupFigure.Of(null), GroupFigure.Suppressed, GroupFigure.Withheld(13.6m)];

        foreach (GroupFigure figure in unusable)
        {
            Assert.Null(GapRules.Gap(neet, figure, shown));
            Assert.Null(GapRules.Gap(neet, shown, figure));
        }
    }

    [Theory]
    [InlineData("5.8", "6.1", GapDirection.Narrowing)]
    [InlineData("6.1", "5.8", GapDirection.Widening)]
    [InlineData("5.8", "5.8", GapDirection.Static)]
    [InlineData("-5.8", "5.8", GapDirection.Static)]
    [InlineData("-5.7", "5.8", GapDirection.Narrowing)]
    [InlineData("5.9", "-5.8", GapDirection.Widening)]
    [InlineData("0.0", "0.0", GapDirection.Static)]
    [InlineData("0.0", "-0.1", GapDirection.Narrowing)]
    [InlineData("5.84", "5.76", GapDirection.Static)]
    [InlineData(null, "5.8", GapDirection.NotComparable)]
    [InlineData("5.8", null, GapDirection.NotComparable)]
    [InlineData(null, null, GapDirection.NotComparable)]
    public void Direction_ComparesTheGapsSizesIgnoringSignAtTheMeasuresDecimals(string? gap, string? previousGap, GapDirection direction)
    {
        Assert.Equal(direction, GapRules.Direction(Neet(), DecOrNull(gap), DecOrNull(previousGap)));
    }

    [Theory]
    [InlineData(Polarity.Higher)]
    [InlineData(Polarity.Lower)]
    [InlineData(Polarity.None)]
    public void Direction_IsTheSameWhicheverWayIsBetter(Polarity polarity)
    {
        IndicatorDefinition indicator = Neet(polarity);

        Assert.Equal(GapDirection.Narrowing, GapRules.Direction(indicator, 2.0m, 3.0m));
        Assert.Equal(GapDirection.Narrowing, GapRules.Direction(indicator, -2.0m, -3.0m));
        Assert.Equal(GapDirection.Widening, GapRules.Direction(indicator, -3.0m, -2.0m));
    }

    [Theory]
    [InlineData(Polarity.Lower, "5.8", GapSide.Behind)]
    [InlineData(Polarity.Lower, "-5.8", GapSide.Ahead)]
    [InlineData(Polarity.Higher, "5.8", GapSide.Ahead)]
    [InlineData(Polarity.Higher, "-5.8", GapSide.Behind)]
    [InlineData(Polarity.Higher, "0.0", GapSide.Level)]
    [InlineData(Polarity.Lower, "0.04", GapSide.Level)]
    [InlineData(Polarity.None, "5.8", GapSide.Unjudged)]
    [InlineData(Polarity.Lower, null, GapSide.Unjudged)]
    public void Side_FollowsThePolarity(Polarity polarity, string? gap, GapSide side)
    {
        Assert.Equal(side, GapRules.Side(Neet(polarity), DecOrNull(gap)));
    }

    [Fact]
    public void Comparisons_AllGroupIsComparedOnlyWithEngland_GroupsWithAComplementWithAllThreeItems()
    {
        Assert.Equal([GapComparison.England], GapRules.Comparisons(SenStatus, SenStatus.Find("all")!, areaIsEngland: false));
        Assert.Equal([GapComparison.All, GapComparison.England], GapRules.Comparisons(SenStatus, SenStatus.Find("no_sen")!, areaIsEngland: false));
        Assert.Equal([GapComparison.All, GapComparison.Complement, GapComparison.England], GapRules.Comparisons(SenStatus, SenStatus.Find("ehcp")!, areaIsEngland: false));
        Assert.Equal([GapComparison.All, GapComparison.Complement], GapRules.Comparisons(SenStatus, SenStatus.Find("ehcp")!, areaIsEngland: true));
        Assert.Empty(GapRules.Comparisons(SenStatus, SenStatus.Find("all")!, areaIsEngland: true));
    }

    [Fact]
    public void Gaps_LeedsNeetBySenStatus_2022AgainstAllComplementAndEngland()
    {
        // Leeds (383) in DfE's NEET dashboard 2022: all 7.8, no SEN 6.8, EHC plan 13.6, SEN support 13.1; 2021: all 7.9.
        // The 2021 file has no LA breakdown by SEN, so Leeds' 2021 groups (no SEN 6.7, EHC plan 15.0, SEN support 14.2)
        // are invented for this test. England as published: 2022 all 4.7, 2021 all 5.5; no SEN 4.2, EHC plan 8.6 and
        // SEN support 8.4 in both years. So EHC plan against all is 13.6 - 7.8 = 5.8 now and 15.0 - 7.9 = 7.1 before.
        var figures = new BreakdownFigures(
            Figures(("all", "7.8"), ("no_sen", "6.8"), ("ehcp", "13.6"), ("sen_support", "13.1")),
            Figures(("all", "7.9"), ("no_sen", "6.7"), ("ehcp", "15.0"), ("sen_support", "14.2")),
            Figures(("all", "4.7"), ("no_sen", "4.2"), ("ehcp", "8.6"), ("sen_support", "8.4")),
            Figures(("all", "5.5"), ("no_sen", "4.2"), ("ehcp", "8.6"), ("sen_support", "8.4")));

        var rows = GapRules.Gaps(Neet(), SenStatus, figures, areaIsEngland: false)
            .Select(g => $"{g.Group} {g.ComparedWith.ToCode()} {Shown(g.Gap)} {Shown(g.PreviousGap)} {g.Direction.ToCode()} {g.Side.ToCode()}")
            .ToList();

        Assert.Equal(
            [
                "all england 3.1 2.4 widening behind",
                "no_sen all -1.0 -1.2 narrowing ahead",
                "no_sen england 2.6 2.5 widening behind",
                "ehcp all 5.8 7.1 narrowing behind",
                "ehcp complement 6.8 8.3 narrowing behind",
                "ehcp england 5.0 6.4 narrowing behind",
                "sen_support all 5.3 6.3 narrowing behind",
                "sen_support complement 6.3 7.5 narrowing behind",
                "sen_support england 4.7 5.8 narrowing behind",
            ],
            rows);
    }

    [Fact]
    public void Gaps_GroupEqualToAll_IsALevelGapOfZero()
    {
        var figures = new BreakdownFigures(
            Figures(("all", "7.8"), ("no_sen", "7.8")),
            Figures(("all", "7.9"), ("no_sen", "7.9")),
            Figures(),
            Figures());

        GroupGap gap = GapRules.Gaps(Neet(), SenStatus, figures, areaIsEngland: false).Single(g => g is { Group: "no_sen", ComparedWith: GapComparison.All });

        Assert.Equal(0.0m, gap.Gap);
        Assert.Equal(GapSide.Level, gap.Side);
        Assert.Equal(GapDirection.Static, gap.Direction);
    }

    [Fact]
    public void Gaps_SuppressedGroup_HasNoGapAndIsNotComparable()
    {
        // Shaped like Derbyshire 2022 (SEN support published as c), with an EHC plan cell suppressed as well, a zero shown
        // and an invented year before.
        var figures = new BreakdownFigures(
            new Dictionary<string, GroupFigure> { ["all"] = GroupFigure.Of(2.4m), ["no_sen"] = GroupFigure.Of(2.3m), ["ehcp"] = GroupFigure.Suppressed, ["sen_support"] = GroupFigure.Of(0m) },
            Figures(("all", "3.3"), ("no_sen", "3.1"), ("ehcp", "5.0"), ("sen_support", "1.0")),
            Figures(("all", "4.7")),
            Figures(("all", "5.5")));

        var gaps = GapRules.Gaps(Neet(), SenStatus, figures, areaIsEngland: false);
        GroupGap ehcp = gaps.Single(g => g is { Group: "ehcp", ComparedWith: GapComparison.All });
        GroupGap support = gaps.Single(g => g is { Group: "sen_support", ComparedWith: GapComparison.All });

        Assert.Equal(GroupFigureState.Suppressed, ehcp.Value.State);
        Assert.Null(ehcp.Gap);
        Assert.Equal(1.7m, ehcp.PreviousGap);
        Assert.Equal(GapDirection.NotComparable, ehcp.Direction);
        Assert.Equal(-2.4m, support.Gap);
        Assert.Equal(GapDirection.Widening, support.Direction);
        Assert.Equal(GapSide.Ahead, support.Side);
    }

    [Fact]
    public void Gaps_MissingPreviousYear_IsNotComparableButKeepsTheGap()
    {
        var figures = new BreakdownFigures(Figures(("all", "7.8"), ("ehcp", "13.6")), Figures(), Figures(), Figures());

        GroupGap gap = GapRules.Gaps(Neet(), SenStatus, figures, areaIsEngland: false).Single(g => g is { Group: "ehcp", ComparedWith: GapComparison.All });

        Assert.Equal(5.8m, gap.Gap);
        Assert.Null(gap.PreviousGap);
        Assert.Equal(GapDirection.NotComparable, gap.Direction);
    }

    [Fact]
    public void Gaps_WithheldComplementLastYear_IsNotComparable()
    {
        var previous = new Dictionary<string, GroupFigure> { ["all"] = GroupFigure.Of(7.9m), ["no_sen"] = GroupFigure.Withheld(6.7m), ["ehcp"] = GroupFigure.Of(15.0m) };
        var figures = new BreakdownFigures(Figures(("all", "7.8"), ("no_sen", "6.8"), ("ehcp", "13.6")), previous, Figures(), Figures());

        var gaps = GapRules.Gaps(Neet(), SenStatus, figures, areaIsEngland: false);

        Assert.Equal(GapDirection.NotComparable, gaps.Single(g => g is { Group: "ehcp", ComparedWith: GapComparison.Complement }).Direction);
        Assert.Equal(GapDirection.Narrowing, gaps.Single(g => g is { Group: "ehcp", ComparedWith: GapComparison.All }).Direction);
    }

    [Theory]
    [InlineData("sen_status", true)]
    [InlineData("ehcp", true)]
    [InlineData("vg2", true)]
    [InlineData("", false)]
    [InlineData("SEN", false)]
    [InlineData("2sen", false)]
    [InlineData("no sen", false)]
    [InlineData("no-sen", false)]
    public void Codes_AreLowerCaseLettersDigitsAndUnderscores(string code, bool valid)
    {
        Assert.Equal(valid, BreakdownCodes.IsValid(code));
    }

    [Fact]
    public void Dimension_ComplementThatIsNotAnotherGroup_IsACallersBug()
    {
        Assert.Throws<ArgumentException>(() => new BreakdownDimension("sen_status", "SEN status", "all", [new("all", "All"), new("ehcp", "EHC plan", "no_sen")]));
        Assert.Throws<ArgumentException>(() => new BreakdownDimension("sen_status", "SEN status", "all", [new("all", "All"), new("ehcp", "EHC plan", "all")]));
        Assert.Throws<ArgumentException>(() => new BreakdownDimension("sen_status", "SEN status", "everyone", [new("all", "All")]));
        Assert.Throws<ArgumentException>(() => new BreakdownDimension("sen_status", "SEN status", "all", [new("all", "All"), new("all", "All again")]));
    }

    private static IndicatorDefinition Neet(Polarity polarity = Polarity.Lower) =>
        new("NEET_NK_16_17", "16-17 year olds NEET or not known", Unit.Percent, polarity, Frequency.Annual, decimals: 1, yearType: YearType.Calendar);

    private static Dictionary<string, GroupFigure> Figures(params (string Group, string Value)[] values) =>
        values.ToDictionary(v => v.Group, v => GroupFigure.Of(Dec(v.Value)), StringComparer.Ordinal);
}
