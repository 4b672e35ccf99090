using Waymark.Reporting.Charts;
using Waymark.Reporting.Content;

namespace Waymark.Reporting.Tests;

/// <summary>The one trend chart layout, drawn for a report's highlighted indicator and for an indicator's page alike.</summary>
public sealed class TrendChartLayoutTests
{
    private static readonly IReadOnlyList<TrendPoint> Quarters =
    [
        new("2008/09 Q1", 72.5m, 80m, null, null, null),
        new("2008/09 Q2", null, 80m, null, null, null),
        new("2008/09 Q3", 77.4m, 80m, null, null, null),
    ];

    [Fact]
    public void Layout_OfAnIndicatorsFigures_DrawsTheSameChartAsItsHighlight()
    {
        var line = new IndicatorLine(
            "NI 66", "Looked after children cases which were reviewed within required timescales", "percent", "higher", 1, null,
            77.4m, 80m, Ratings.Rating.Amber, null, Ratings.DirectionOfTravel.NotComparable, null, 70m, "linear", 80m, Ratings.Rating.Red,
            Comparators.None, false, false, null, true);

        string page = TrendChart.Svg(TrendChart.Layout(line.Code, line.Title, line.Unit, line.Decimals, Quarters), "trend", "waymark-chart");
        string report = TrendChart.Svg(new HighlightedIndicator(line, null, Quarters), "trend");

        Assert.Equal(report.Replace("<svg xmlns", "<svg class=\"waymark-chart\" xmlns", StringComparison.Ordinal), page);
        Assert.Contains("The latest result is 77.4% (2008/09 Q3) against a target of 80.0%.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("style=", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Layout_ResultAndTargetOnly_DrawsTwoLinesWithTheResultOnTop()
    {
        TrendLayout layout = TrendChart.Layout("NI 66", "Reviews on time", "percent", 1, Quarters);

        Assert.Equal(["Target", "Result"], layout.Lines.Select(l => l.Series.Name));
        Assert.Equal(2, layout.Lines[1].Points.Count);
        Assert.Equal(3, layout.Lines[0].Points.Count);
        Assert.Equal("NI 66 Reviews on time: trend to 2008/09 Q3", layout.Title);
    }
}
