using System.Net;

using Microsoft.EntityFrameworkCore;

using Waymark.Data.Measures;
using Waymark.Periods;

namespace Waymark.Web.Tests.Indicators;

/// <summary>An indicator's page shows whether a change is more than noise: its XmR chart, icons and their words, and the confidence interval of each result.</summary>
public sealed class IndicatorVariationPageTests(WaymarkApp app) : IClassFixture<WaymarkApp>
{
    private static readonly DateTimeOffset Entered = new(2011, 1, 10, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Ni66_TwelveQuarters_IsARunChartAndSaysWhy()
    {
        HttpClient client = await app.SignInAsync(WaymarkApp.Member);
        int id = await app.IndicatorIdAsync("NI 66");

        (HttpStatusCode status, string html) = await client.GetPageAsync($"/indicators/{id}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("A run chart: 12 points, fewer than the 13 needed for limits. Without limits the points are shown but not judged.", Html.Row(html, "data-run-chart="));
        Assert.Equal("No variation icon: 12 points since the limits were last worked out, fewer than the 13 needed", Html.Row(html, "id=\"variation\""));
        Assert.Equal("No assurance icon: 12 points since the limits were last worked out, fewer than the 13 needed", Html.Row(html, "id=\"assurance\""));
        Assert.Equal(12, Html.Count(html, "data-xmr-period=\""));
        Assert.Equal("Q3 2008/09 77.4 Not assessed", Html.Row(html, "data-xmr-period=\"2008/09 Q3\""));
        Assert.Equal(12, Html.Count(html, "data-mark=\"not-assessed\" data-point="));
        Assert.DoesNotContain("data-mark=\"limit\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SixteenQuarters_LastSixAboveTheMean_IsSpecialCauseImprovementAndHitOrMiss()
    {
        HttpClient client = await app.SignInAsync(WaymarkApp.Member);
        int id = await app.IndicatorIdAsync("NI 45");
        decimal[] values = [50m, 51m, 49m, 50m, 51m, 49m, 50m, 51m, 49m, 50m, 52m, 52m, 52m, 52m, 52m, 52m];
        await ReplaceResultsAsync(id, values, _ => Entered);
        await app.WithDbAsync(async db =>
        {
            db.Targets.RemoveRange(db.Targets.Where(t => t.IndicatorId == id));
            ReportingPeriod year = ReportingPeriod.Parse("2010/11");
            db.Targets.Add(new Target { IndicatorId = id, Period = year, PeriodStart = year.Start, Value = 51m });
            return await db.SaveChangesAsync();
        });

        (_, string html) = await client.GetPageAsync($"/indicators/{id}");

        Assert.Equal("Special cause improvement: significantly higher", Html.Row(html, "id=\"variation-icon\""));
        Assert.Equal("Special cause: improvement, a run of 6 above the mean", Html.Row(html, "id=\"variation\""));
        Assert.Equal("Hit or miss: the target lies between the limits", Html.Row(html, "id=\"assurance\""));
        Assert.DoesNotContain("data-run-chart=", html, StringComparison.Ordinal);

        // Mean 812 / 16 = 50.75; mean moving range 14 / 15; limits 50.75 ± 2.66 x 0.9333 = 48.27 and 53.23.
        Assert.Equal("Q4 2010/11 52.0 50.75 48.27 53.23 S: a run of 6 above the mean (improvement) Improvement", Html.Row(html, "data-xmr-period=\"2010/11 Q4\""));
        Assert.Equal("Q2 2009/10 50.0 50.75 48.27 53.23 Common cause", Html.Row(html, "data-xmr-period=\"2009/10 Q2\""));
        Assert.Equal(6, Html.Count(html, "data-mark=\"improvement\" data-point="));
        Assert.Equal(10, Html.Count(html, "data-mark=\"common-cause\" data-point="));
        Assert.Equal(2, Html.Count(html, "<line data-mark=\"limit\""));
        Assert.Equal(1, Html.Count(html, "<line data-mark=\"mean\""));
        Assert.Equal(1, Html.Count(html, "<line data-mark=\"target\""));
        Assert.Contains("The latest mean is 50.75%, with process limits from 48.27% to 53.23%.", html, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"xmr-desc\"", html, StringComparison.Ordinal);
    }

    // Lower is better here, so the last point, 66, is concern: above the upper limit (L), and with 58 before it two of
    // three beyond the upper two-sigma line (2). The chart labels each flagged point with those letters, in bold text
    // that reads without colour, keys them beside the legend, and its table gives the same letters with the words.
    [Fact]
    public async Task FlaggedPoints_AreLabelledOnTheChartWithTheirRules_AndTheTableGivesTheSameLetters()
    {
        HttpClient client = await app.SignInAsync(WaymarkApp.Member);
        int id = await app.IndicatorIdAsync("NI 65");
        decimal[] values = [48m, 52m, 50m, 48m, 52m, 50m, 48m, 52m, 50m, 48m, 52m, 50m, 48m, 52m, 50m, 58m, 66m];
        await ReplaceResultsAsync(id, values, _ => Entered);

        (_, string html) = await client.GetPageAsync($"/indicators/{id}");

        using AngleSharp.Html.Dom.IHtmlDocument page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        AngleSharp.Dom.IElement svg = page.QuerySelector("svg[aria-describedby=\"xmr-desc\"]")!;
        var labels = svg.QuerySelectorAll("text[data-label]").Select(t => (Period: t.GetAttribute("data-label"), Text: t.TextContent, Rules: t.GetAttribute("data-rules"))).ToList();
        Assert.Equal([("2010/11 Q4", "2", "two_of_three"), ("2011/12 Q1", "L 2", "outside_limits two_of_three")], labels);
        Assert.All(svg.QuerySelectorAll("text[data-label]"), t => Assert.Equal("bold", t.GetAttribute("font-weight")));
        Assert.Equal(
            ["L Outside the limits", "2 Two of three"],
            svg.QuerySelectorAll("text[data-key]").Select(k => k.TextContent + " " + k.NextElementSibling!.TextContent));
        Assert.Equal("Rules that flagged it, by their letter on the chart", page.QuerySelectorAll("#xmr thead th")[6].TextContent);
        AngleSharp.Dom.IElement last = page.QuerySelector("#xmr tr[data-xmr-period=\"2011/12 Q1\"]")!;
        Assert.Equal(
            "L: a point above the upper limit (concern); 2: two of three beyond the upper two-sigma line (concern)",
            last.QuerySelectorAll("td")[5].TextContent);
        Assert.Equal("Concern", last.QuerySelectorAll("td")[6].TextContent);
        Assert.Equal(string.Empty, page.QuerySelector("#xmr tr[data-xmr-period=\"2010/11 Q2\"]")!.QuerySelectorAll("td")[5].TextContent);
    }

    [Fact]
    public async Task DefinitionChanged_BreaksTheSeries_AndTheLimitsAreWorkedOutAgainFromTheFirstResultEnteredAfter()
    {
        HttpClient client = await app.SignInAsync(WaymarkApp.Member);
        int id = await app.IndicatorIdAsync("NI 46");
        decimal[] values = [10m, 11m, 12m, 10m, 11m, 12m, 10m, 11m, 12m, 10m, 11m, 12m, 10m, 11m, 12m, 10m, 30m, 31m];
        await ReplaceResultsAsync(id, values, i => i < 16 ? Entered : Entered.AddDays(30));
        await app.WithDbAsync(async db =>
        {
            Indicator indicator = await db.Indicators.SingleAsync(i => i.Id == id);
            IndicatorVersioning.Change(db, indicator, indicator.ToDefinition() with { Text = "Counted in a new way from 2011/12" }, "test", Entered.AddDays(15));
            return await db.SaveChangesAsync();
        });

        (_, string html) = await client.GetPageAsync($"/indicators/{id}");

        Assert.Equal("from Q1 2011/12: The indicator's definition changed", Html.Row(html, "id=\"recalculations\""));
        Assert.StartsWith("Q1 2011/12 (recalculated) 30", Html.Row(html, "data-xmr-period=\"2011/12 Q1\""), StringComparison.Ordinal);
        Assert.EndsWith("Not assessed", Html.Row(html, "data-xmr-period=\"2011/12 Q1\""), StringComparison.Ordinal);
        Assert.EndsWith("Common cause", Html.Row(html, "data-xmr-period=\"2010/11 Q4\""), StringComparison.Ordinal);
        Assert.Equal("From Q1 2011/12: A run chart: 2 points, fewer than the 13 needed for limits. Without limits the points are shown but not judged.", Html.Row(html, "data-run-chart="));
        Assert.Equal(1, Html.Count(html, "<line data-mark=\"recalculation\""));
    }

    [Fact]
    public async Task Ni60_NumeratorAndDenominator_ShowTheWilson95PercentInterval()
    {
        HttpClient client = await app.SignInAsync(WaymarkApp.Member);
        int id = await app.IndicatorIdAsync("NI 60");

        (_, string html) = await client.GetPageAsync($"/indicators/{id}");

        // Wilson score (PHE, "Technical Guide: Confidence intervals"): 1,509 of 2,000 at 95% is 73.516% to 77.286%.
        Assert.StartsWith("Q3 2010/11 75.5 1509 2000 73.52 77.29", Html.Row(html, "data-period=\"2010/11 Q3\""), StringComparison.Ordinal);
        Assert.Contains("95% interval, lower", html, StringComparison.Ordinal);
    }

    private Task<int> ReplaceResultsAsync(int id, decimal[] values, Func<int, DateTimeOffset> entered) => app.WithDbAsync(async db =>
    {
        db.Results.RemoveRange(db.Results.Where(r => r.IndicatorId == id));
        ReportingPeriod period = ReportingPeriod.Parse("2007/08 Q1");
        for (int i = 0; i < values.Length; i++)
        {
            db.Results.Add(new Result { IndicatorId = id, Period = period, PeriodStart = period.Start, Value = values[i], EnteredBy = "test", EnteredAt = entered(i) });
            period = period.Next();
        }

        return await db.SaveChangesAsync();
    });
}
