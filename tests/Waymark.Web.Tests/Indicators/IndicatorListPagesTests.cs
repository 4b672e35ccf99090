using System.Net;
using System.Text.RegularExpressions;

using Microsoft.EntityFrameworkCore;

using Waymark.Indicators;

namespace Waymark.Web.Tests.Indicators;

/// <summary>The indicator list shows 50 indicators a page, in the order people read codes, with the GOV.UK pagination keeping the filters.</summary>
public sealed class IndicatorListPagesTests(WaymarkApp app) : IClassFixture<WaymarkApp>
{
    private const string Lait = "/indicators?period=2010/11 Q3&set=lait";

    [Fact]
    public async Task List_LaitMeasures_ShowsTheFirstFiftyAndLinksToEveryPage()
    {
        HttpClient client = await app.SignInAsync(WaymarkApp.Member);
        List<string> codes = await LaitCodesAsync();

        (HttpStatusCode status, string html) = await client.GetPageAsync(Lait);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.StartsWith($"{codes.Count} indicators at Q3 2010/11: 0 red, 0 amber, 0 green, {codes.Count} unable to traffic light", Html.Row(html, "id=\"indicator-count\""), StringComparison.Ordinal);
        Assert.Equal($"Showing 1 to 50 of {codes.Count} indicators", Html.Row(html, "id=\"indicator-range\""));
        Assert.Equal(50, Html.Count(html, "data-indicator=\""));
        Assert.Contains($"data-indicator=\"{codes[49]}\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"data-indicator=\"{codes[50]}\"", html, StringComparison.Ordinal);
        Assert.Contains("<a class=\"govuk-link govuk-pagination__link\" href=\"/indicators?period=2010%2F11%20Q3&amp;set=lait&amp;page=1\" aria-label=\"Page 1\" aria-current=\"page\">1</a>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/indicators?period=2010%2F11%20Q3&amp;set=lait&amp;page=2\" rel=\"next\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("rel=\"prev\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_SecondPage_ShowsTheNextFiftyInOrderOfCode()
    {
        HttpClient client = await app.SignInAsync(WaymarkApp.Member);
        List<string> codes = await LaitCodesAsync();

        (_, string html) = await client.GetPageAsync(Lait + "&page=2");

        Assert.Equal($"Showing 51 to 100 of {codes.Count} indicators", Html.Row(html, "id=\"indicator-range\""));
        Assert.Equal(codes[50..100], Codes(html));
        Assert.Contains("href=\"/indicators?period=2010%2F11%20Q3&amp;set=lait&amp;page=1\" rel=\"prev\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_PageAfterTheLast_ShowsTheLastPage()
    {
        HttpClient client = await app.SignInAsync(WaymarkApp.Member);
        List<string> codes = await LaitCodesAsync();
        int last = (codes.Count + 49) / 50;

        (_, string html) = await client.GetPageAsync(Lait + "&page=999");

        Assert.Equal($"Showing {((last - 1) * 50) + 1} to {codes.Count} of {codes.Count} indicators", Html.Row(html, "id=\"indicator-range\""));
        Assert.DoesNotContain("rel=\"next\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_SearchOverSeveralPages_KeepsTheSearchOnEveryPage()
    {
        HttpClient client = await app.SignInAsync(WaymarkApp.Member);
        List<string> matching = [.. (await app.WithDbAsync(db => db.Indicators.Where(i => i.IndicatorSet == "lait").Select(i => new { i.Code, i.Definition.Title }).ToListAsync()))
            .OrderBy(i => i.Code, IndicatorCodeOrder.Instance)
            .Where(i => i.Title.Contains("pupils", StringComparison.OrdinalIgnoreCase) || i.Code.Contains("pupils", StringComparison.OrdinalIgnoreCase))
            .Select(i => i.Code)];

        (_, string first) = await client.GetPageAsync(Lait + "&search=Pupils");
        (_, string third) = await client.GetPageAsync(Lait + "&search=Pupils&page=3");

        Assert.True(matching.Count > 100, "the search matches more than two pages");
        Assert.StartsWith($"{matching.Count} indicators at Q3 2010/11", Html.Row(first, "id=\"indicator-count\""), StringComparison.Ordinal);
        Assert.Contains("href=\"/indicators?search=Pupils&amp;period=2010%2F11%20Q3&amp;set=lait&amp;page=2\" rel=\"next\"", first, StringComparison.Ordinal);
        Assert.Equal(matching[100..Math.Min(150, matching.Count)], Codes(third));
        Assert.Equal($"{matching.Count} indicators at Q3 2010/11: 0 red, 0 amber, 0 green, {matching.Count} unable to traffic light", Html.Row(third, "id=\"indicator-count\""));
    }

    [Fact]
    public async Task List_RatingFilter_IsKeptInThePageLinks()
    {
        HttpClient client = await app.SignInAsync(WaymarkApp.Member);

        (_, string html) = await client.GetPageAsync(Lait + "&rating=not_rated&page=2");

        Assert.Equal(50, Html.Count(html, "data-indicator=\""));
        Assert.Contains("href=\"/indicators?period=2010%2F11%20Q3&amp;set=lait&amp;rating=not_rated&amp;page=3\" rel=\"next\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_CouncilsIndicators_FitOnOnePageWithoutPagination()
    {
        HttpClient client = await app.SignInAsync(WaymarkApp.Member);

        (_, string html) = await client.GetPageAsync("/indicators?period=2010/11 Q3");

        Assert.Equal(33, Html.Count(html, "data-indicator=\""));
        Assert.DoesNotContain("govuk-pagination", html, StringComparison.Ordinal);
    }

    private static List<string> Codes(string html) =>
        [.. Regex.Matches(html, "data-indicator=\"([^\"]*)\"").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))];

    private async Task<List<string>> LaitCodesAsync() =>
        [.. (await app.WithDbAsync(db => db.Indicators.Where(i => i.IndicatorSet == "lait").Select(i => i.Code).ToListAsync())).Order(IndicatorCodeOrder.Instance)];
}
