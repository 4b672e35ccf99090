using System.Xml.Linq;

using Waymark.Indicators;
using Waymark.Periods;
using Waymark.Reporting.Charts;
using Waymark.Variation;

namespace Waymark.Reporting.Tests;

/// <summary>The one layout of an XmR chart: on the trend chart's plot and scale, each point marked by shape as well as colour.</summary>
public sealed class SpcChartLayoutTests
{
    private static readonly decimal[] Shifted = [50m, 51m, 49m, 50m, 51m, 49m, 50m, 51m, 49m, 50m, 52m, 52m, 52m, 52m, 52m, 52m];

    [Fact]
    public void Layout_ARunOfSixAboveTheMean_MarksThemAsImprovementAndTheRestAsCommonCause()
    {
        XmrChart chart = XmrRules.Build(Values(Shifted), Polarity.Higher, 51m);

        SpcLayout layout = SpcChart.Layout("NI 45", "Education of young offenders", "percent", 1, chart, Names(chart));

        Assert.Equal(TrendChart.Width, layout.Width);
        Assert.Equal(TrendChart.Height, layout.Height);
        Assert.Equal([.. Enumerable.Repeat(SpcMark.CommonCause, 10), .. Enumerable.Repeat(SpcMark.Improvement, 6)], layout.Markers.Select(m => m.Mark));
        Assert.Equal([SpcMark.Target, SpcMark.ProcessLimit, SpcMark.ProcessLimit, SpcMark.Mean], layout.Rules.Select(r => r.Mark));
        Assert.Equal(["Result", "Mean", "Process limits", "Target", "Common cause", "Improvement"], layout.Legend.Select(k => k.Label.Text));
        Assert.Equal("NI 45 Education of young offenders: statistical process control chart to 2010/11 Q4", layout.Title);
        Assert.Equal(
            "Statistical process control chart of NI 45 Education of young offenders, 2007/08 Q1 to 2010/11 Q4: 16 points. "
            + "The latest mean is 50.75%, with process limits from 48.27% to 53.23%. 6 points of special cause improvement and no points of special cause concern. "
            + "Special cause: improvement, a run of 6 above the mean. Hit or miss: the target lies between the limits. The same figures are in the table that follows.",
            layout.Description);
    }

    [Fact]
    public void Layout_LimitsAndTarget_AreOnTheSameScaleAsThePoints()
    {
        XmrChart chart = XmrRules.Build(Values(Shifted), Polarity.Higher, 51m);

        SpcLayout layout = SpcChart.Layout("NI 45", "Education", "percent", 1, chart, Names(chart));

        // Two points with the value 51 and the target line at 51 are drawn at the same height.
        decimal target = layout.Rules.Single(r => r.Mark == SpcMark.Target).Segment.From.Y;
        Assert.Equal(target, layout.Markers[1].At.Y);
        decimal upper = layout.Rules.Where(r => r.Mark == SpcMark.ProcessLimit).Min(r => r.Segment.From.Y);
        Assert.True(upper < layout.Markers[^1].At.Y, "The upper limit (53.23) is drawn above the last point (52).");
        Assert.Equal(layout.PlotOrigin.X, layout.Markers[0].At.X);
        Assert.Equal(layout.PlotOrigin.X + layout.PlotWidth, layout.Markers[^1].At.X);
    }

    [Fact]
    public void Layout_ARecalculation_DrawsALineBeforeItsFirstPointAndEachCalculationsOwnLines()
    {
        decimal[] values = [.. Shifted, .. Shifted];
        var settings = new XmrSettings { Recalculations = [Recalculation.SeriesBreak(ReportingPeriod.Parse("2011/12 Q1"))] };
        XmrChart chart = XmrRules.Build(Values(values), Polarity.Lower, null, settings);

        SpcLayout layout = SpcChart.Layout("NI 45", "Education", "percent", 1, chart, Names(chart));

        SpcRule recalculation = layout.Rules.Single(r => r.Mark == SpcMark.Recalculation);
        Assert.True(recalculation.Segment.From.X > layout.Markers[15].At.X && recalculation.Segment.From.X < layout.Markers[16].At.X);
        Assert.Equal(2, layout.Rules.Count(r => r.Mark == SpcMark.Mean));
        Assert.Equal(12, layout.Markers.Count(m => m.Mark == SpcMark.Concern));
        Assert.Contains("The limits are worked out again once.", layout.Description, StringComparison.Ordinal);
        Assert.Contains("Recalculated", layout.Legend.Select(k => k.Label.Text));
        Assert.Contains("Concern", layout.Legend.Select(k => k.Label.Text));
    }

    [Fact]
    public void Layout_FewerThanTheMinimum_IsARunChartOfHollowPointsAndSaysWhy()
    {
        XmrChart chart = XmrRules.Build(Values(Shifted[..9]), Polarity.Higher, null);

        SpcLayout layout = SpcChart.Layout("NI 45", "Education", "percent", 1, chart, Names(chart));

        Assert.All(layout.Markers, m => Assert.Equal(SpcMark.NotAssessed, m.Mark));
        Assert.DoesNotContain(layout.Rules, r => r.Mark is SpcMark.Mean or SpcMark.ProcessLimit);
        Assert.Contains("A run chart: 9 points, fewer than the 13 needed for limits.", layout.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Svg_MarksEachKindOfPointByShape_WithATitleAndDescriptionAndNoStyle()
    {
        XmrChart chart = XmrRules.Build(Values(Shifted), Polarity.Lower, null);

        string svg = SpcChart.Svg(SpcChart.Layout("NI 45", "Education", "percent", 1, chart, Names(chart)), "xmr", "waymark-chart");

        // Lower is better, so the run above the mean is concern: squares; common cause points are circles.
        Assert.Equal(6, Count(svg, "<rect data-mark=\"concern\" data-point="));
        Assert.Equal(10, Count(svg, "<circle data-mark=\"common-cause\" data-point="));
        Assert.Contains("<title id=\"xmr-title\">", svg, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"xmr-desc\"", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("style=", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Layout_ARunOfSixAboveTheMean_LabelsEachOfThemS_AboveThePoint_AndKeysTheLetter()
    {
        XmrChart chart = XmrRules.Build(Values(Shifted), Polarity.Higher, 51m);

        SpcLayout layout = SpcChart.Layout("NI 45", "Education", "percent", 1, chart, Names(chart));

        Assert.All(layout.Markers.Take(10), m => Assert.Null(m.Label));
        Assert.All(layout.Markers.Skip(10), m =>
        {
            Assert.Equal([SpecialCauseRule.Shift], m.Rules);
            Assert.Equal("S", m.Label!.Text);
            Assert.Equal(m.At.X, m.Label.At.X);
            Assert.True(m.Label.At.Y < m.At.Y, "A run above the mean is labelled above its points.");
        });
        SpcRuleKey key = Assert.Single(layout.RuleKeys);
        Assert.Equal((SpecialCauseRule.Shift, "S", "Shift"), (key.Rule, key.Letter.Text, key.Label.Text));
        Assert.True(key.Letter.At.Y > layout.Legend[^1].At.Y, "The key of rules follows the legend.");
    }

    [Fact]
    public void Layout_APointOutsideTheLimitsAndTwoOfThree_IsLabelledWithBothLetters()
    {
        decimal[] values = [48m, 52m, 50m, 48m, 52m, 50m, 48m, 52m, 50m, 48m, 52m, 50m, 48m, 52m, 50m, 58m, 66m];
        XmrChart chart = XmrRules.Build(Values(values), Polarity.Lower, null);

        SpcLayout layout = SpcChart.Layout("NI 45", "Education", "percent", 1, chart, Names(chart));

        // Mean 874 / 17 = 51.41; mean moving range 54 / 16 = 3.375; upper limit 51.41 + 2.66 x 3.375 = 60.39 and the
        // upper two-sigma line 51.41 + 2 / 3 x 8.98 = 57.40: 66 is above the limit, and 58 and 66 beyond the line.
        Assert.Equal([SpecialCauseRule.OutsideLimits, SpecialCauseRule.TwoOfThree], layout.Markers[^1].Rules);
        Assert.Equal("L 2", layout.Markers[^1].Label!.Text);
        Assert.Equal("2", layout.Markers[^2].Label!.Text);
        Assert.Equal(
            [("L", "Outside the limits"), ("2", "Two of three")],
            layout.RuleKeys.Select(k => (k.Letter.Text, k.Label.Text)));
    }

    [Theory]
    [InlineData(SpecialCauseRule.OutsideLimits, "L", "Outside the limits")]
    [InlineData(SpecialCauseRule.TwoOfThree, "2", "Two of three")]
    [InlineData(SpecialCauseRule.Shift, "S", "Shift")]
    [InlineData(SpecialCauseRule.Trend, "T", "Trend")]
    public void EachRule_HasALetterAndAName(SpecialCauseRule rule, string letter, string name)
    {
        Assert.Equal(letter, SpcChart.Letter(rule));
        Assert.Equal(name, SpcChart.RuleName(rule));
    }

    [Fact]
    public void Svg_FlaggedPoints_CarryTheirRulesLettersInBold_AndTheKeyNamesThem()
    {
        XmrChart chart = XmrRules.Build(Values(Shifted), Polarity.Higher, 51m);

        XElement svg = XElement.Parse(SpcChart.Svg(SpcChart.Layout("NI 45", "Education", "percent", 1, chart, Names(chart)), "xmr"));

        XNamespace ns = "http://www.w3.org/2000/svg";
        List<XElement> labels = [.. svg.Elements(ns + "text").Where(t => t.Attribute("data-label") is not null)];
        Assert.Equal(Names(chart)[10..], labels.Select(t => (string)t.Attribute("data-label")!));
        Assert.All(labels, t => Assert.Equal(("S", "shift", "bold"), (t.Value, (string)t.Attribute("data-rules")!, (string)t.Attribute("font-weight")!)));
        XElement key = Assert.Single(svg.Elements(ns + "text"), t => (string?)t.Attribute("data-key") == "shift");
        Assert.Equal("S", key.Value);
        Assert.Equal("Shift", ((XElement)key.NextNode!).Value);
    }

    [Fact]
    public void Layout_NoPoints_IsEmptyAndSaysSo()
    {
        XmrChart chart = XmrRules.Build([], Polarity.Higher, null);

        SpcLayout layout = SpcChart.Layout("NI 45", "Education", "percent", 1, chart, []);

        Assert.True(layout.IsEmpty);
        Assert.Equal("Statistical process control chart of NI 45 Education: there are no results to plot.", layout.Description);
    }

    private static List<XmrValue> Values(decimal[] values)
    {
        var list = new List<XmrValue>();
        ReportingPeriod period = ReportingPeriod.Parse("2007/08 Q1");
        foreach (decimal v in values)
        {
            list.Add(new XmrValue(period, v));
            period = period.Next();
        }

        return list;
    }

    private static string[] Names(XmrChart chart) => [.. chart.Points.Select(p => p.Period.ToString())];

    private static int Count(string text, string part) => (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;
}
