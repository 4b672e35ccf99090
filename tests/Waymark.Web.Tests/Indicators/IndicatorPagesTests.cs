using System.Net;

namespace Waymark.Web.Tests.Indicators;

public sealed class IndicatorPagesTests(WaymarkApp app) : IClassFixture<WaymarkApp>
{
    [Fact]
    public async Task List_RedAtQ3201011_ShowsTheFourRedIndicators()
    {
        HttpClient client = await app.SignInAsync(WaymarkApp.Partner);

        (HttpStatusCode status, string html) = await client.GetPageAsync("/indicators?period=2010/11 Q3&rating=red");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("4 indicators at Q3 2010/11: 4 red, 0 amber, 0 green, 0 unable to traffic light", Html.Row(html, "id=\"indicator-count\""));
        Assert.Equal(4, Html.Count(html, "data-indicator=\""));
        foreach (string code in (string[])["NI 43", "NI 59", "NI 65", "NI 148"])
        {
            Assert.Contains($"data-indicator=\"{code}\"", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task List_AllAtQ3201011_CountsEveryRating()
    {
        HttpClient client = await app.SignInAsync(WaymarkApp.Member);

        (_, string html) = await client.GetPageAsync("/indicators?period=2010/11 Q3");

        Assert.Equal("33 indicators at Q3 2010/11: 4 red, 11 amber, 15 green, 3 unable to traffic light", Html.Row(html, "id=\"indicator-count\""));
        string lsp = Html.Row(html, "data-indicator=\"LSP-HW2Bi\"");
        Assert.StartsWith("LSP-HW2Bi Number of children looked after", lsp, StringComparison.Ordinal);
        Assert.EndsWith("87.4 per 10,000 Unable to traffic light (data only) ↑ increased", lsp, StringComparison.Ordinal);
        Assert.Equal("NI 68 Referrals to children's social care going on to initial assessment Sam Patel 61.0% 65.0% Unable to traffic light (withheld for data quality) not comparable", Html.Row(html, "data-indicator=\"NI 68\""));
    }

    [Fact]
    public async Task List_SearchAndPriority_NarrowTheList()
    {
        HttpClient client = await app.SignInAsync(WaymarkApp.Member);
        int neet = await app.WithDbAsync(db => Task.FromResult(db.Priorities.Where(p => p.Code == "LN-1d").Select(p => p.Id).Single()));

        (_, string bySearch) = await client.GetPageAsync("/indicators?period=2010/11 Q3&search=ni 11");
        (_, string byPriority) = await client.GetPageAsync($"/indicators?period=2010/11 Q3&priority={neet}");

        Assert.Equal("5 indicators at Q3 2010/11: 0 red, 2 amber, 3 green, 0 unable to traffic light", Html.Row(bySearch, "id=\"indicator-count\""));
        Assert.Equal("4 indicators at Q3 2010/11: 1 red, 3 amber, 0 green, 0 unable to traffic light", Html.Row(byPriority, "id=\"indicator-count\""));
    }

    [Fact]
    public async Task List_LaitMeasures_AreListedApartFromTheCouncilsIndicators()
    {
        HttpClient client = await app.SignInAsync(WaymarkApp.Member);
        int measures = await app.WithDbAsync(db => Task.FromResult(db.Indicators.Count(i => i.IndicatorSet == "lait")));

        (_, string html) = await client.GetPageAsync("/indicators?period=2010/11 Q3&set=lait");

        Assert.True(measures > 0);
        Assert.StartsWith($"{measures} indicators at Q3 2010/11", Html.Row(html, "id=\"indicator-count\""), StringComparison.Ordinal);
        Assert.DoesNotContain("data-indicator=\"NI 43\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Indicator_Ni111_ShowsTheProRataTargetAndPredictionByTheRules()
    {
        HttpClient client = await app.SignInAsync(WaymarkApp.Member);
        int id = await app.IndicatorIdAsync("NI 111");

        (HttpStatusCode status, string html) = await client.GetPageAsync($"/indicators/{id}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.StartsWith("Q3 2010/11 863 863 Green ↑ improving 1,151 Amber", Html.Row(html, "data-period=\"2010/11 Q3\""), StringComparison.Ordinal);
        Assert.Equal("Lower is better", Html.Row(html, "id=\"polarity\""));
        Assert.Contains("<polyline data-series=\"Result\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Indicator_Ni66_ChartsEveryQuarterWithItsTargetBesideTheTable()
    {
        HttpClient client = await app.SignInAsync(WaymarkApp.Member);
        int id = await app.IndicatorIdAsync("NI 66");

        (_, string html) = await client.GetPageAsync($"/indicators/{id}");

        Assert.Equal(12, Html.Count(html, "data-period=\""));
        Assert.Equal(12, Html.Count(html, "r=\"3\" fill=\"#1d70b8\""));
        Assert.Contains("Q3 2008/09 77.4 80.0 Amber not comparable 70.0 Red", Html.Row(html, "data-period=\"2008/09 Q3\""), StringComparison.Ordinal);
        int result = html.IndexOf("<polyline data-series=\"Result\"", StringComparison.Ordinal);
        string values = html[result..html.IndexOf("/>", result, StringComparison.Ordinal)];
        Assert.Equal(12, values[values.IndexOf("points=\"", StringComparison.Ordinal)..].Split(' ').Count(p => p.Contains(',', StringComparison.Ordinal)));
    }
}
