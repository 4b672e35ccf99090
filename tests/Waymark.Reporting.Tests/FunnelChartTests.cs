using System.Text.RegularExpressions;
using System.Xml.Linq;

using Waymark.Indicators;
using Waymark.Intervals;
using Waymark.Reporting.Charts;

namespace Waymark.Reporting.Tests;

public class FunnelChartTests
{
    private static readonly FunnelPlot Plot = FunnelPlot.Build(Unit.Percent, Polarity.Lower, 24.5m, [
        new(383, "Leeds", 191m, 829m),
        new(816, "York", 71m, 161m),
        new(101, "Steady", 50m, 200m),
        new(102, "Somewhat high", 35m, 100m),
        new(103, "Low", 2m, 100m),
    ]);

    private static XElement Svg(int? highlight = 383) =>
        XElement.Parse(FunnelChart.Svg(Plot, "Funnel plot of PrevRegCPR, 2024/25", "England", 1, highlight, "funnel"));

    private static readonly XNamespace Ns = "http://www.w3.org/2000/svg";

    private static IEnumerable<XElement> Marked(XElement svg, string mark) => svg.Descendants().Where(e => (string?)e.Attribute("data-mark") == mark);

    [Fact]
    public void EveryArea_IsMarkedByItsOutcome_FilledBeyondTheOuterLimits()
    {
        XElement svg = Svg();

        Assert.Equal(["383", "101"], Marked(svg, "similar").Select(e => (string)e.Attribute("data-area")!));
        XElement york = Assert.Single(Marked(svg, "much-worse"));
        Assert.Equal(("rect", "#d4351c"), (york.Name.LocalName, (string)york.Attribute("fill")!));
        XElement high = Assert.Single(Marked(svg, "worse"));
        Assert.Equal(("rect", "#ffffff", "#d4351c"), (high.Name.LocalName, (string)high.Attribute("fill")!, (string)high.Attribute("stroke")!));
        Assert.Equal("polygon", Assert.Single(Marked(svg, "much-better")).Name.LocalName);
    }

    [Fact]
    public void TheCouncil_IsRingedAndNamed_OnlyWhenOnThePlot()
    {
        XElement svg = Svg();

        Assert.Equal("383", (string)Assert.Single(Marked(svg, "council")).Attribute("data-area")!);
        Assert.Contains(svg.Descendants(Ns + "text"), t => t.Value == "Leeds");
        Assert.Empty(Marked(Svg(highlight: 999), "council"));
    }

    [Fact]
    public void Limits_AreFourLines_AndTheCentreOne()
    {
        XElement svg = Svg();

        Assert.Equal(2, Marked(svg, "limit-95").Count());
        Assert.Equal(2, Marked(svg, "limit-99.8").Count());
        Assert.Single(Marked(svg, "centre"));
        Assert.All(Marked(svg, "limit-95"), l => Assert.Equal(Plot.Curve.Count, ((string)l.Attribute("points")!).Split(' ').Length));
    }

    [Fact]
    public void TitleAndDescription_SayWhatAReaderWithoutThePictureNeeds()
    {
        XElement svg = Svg();

        Assert.Equal("Funnel plot of PrevRegCPR, 2024/25; the same figures are in the table that follows.", svg.Element(Ns + "title")!.Value);
        Assert.Equal("5 areas against their denominators around England's 24.5: 2 beyond the 99.8% limits, 1 more beyond the 95% limits, 2 within them.", svg.Element(Ns + "desc")!.Value);
        Assert.Equal(["Centre", "95% limits", "99.8% limits", "Better, beyond 99.8%", "Better, beyond 95%", "Worse, beyond 99.8%", "Worse, beyond 95%", "Within the 95% limits", "The council"], svg.Descendants(Ns + "g").Select(g => (string)g.Attribute("data-key")!));
    }

    [Fact]
    public void NoAreas_IsAnEmptyChartThatStillSaysSo()
    {
        FunnelPlot empty = FunnelPlot.Build(Unit.Percent, Polarity.Lower, 24.5m, []);

        string svg = FunnelChart.Svg(empty, "Funnel plot", "England", 1, null, "funnel");

        Assert.Contains("0 areas against their denominators", svg, StringComparison.Ordinal);
        Assert.DoesNotMatch(new Regex("data-mark"), svg);
    }
}
