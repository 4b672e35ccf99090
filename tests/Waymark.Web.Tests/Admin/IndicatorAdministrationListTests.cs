using System.Net;
using System.Text.RegularExpressions;

using Microsoft.EntityFrameworkCore;

using Waymark.Indicators;

namespace Waymark.Web.Tests.Admin;

/// <summary>The administration's indicator list is searchable, sortable and shown 50 indicators a page.</summary>
public sealed partial class IndicatorAdministrationListTests(WaymarkApp app) : IClassFixture<WaymarkApp>
{
    [Fact]
    public async Task List_EveryIndicator_ShowsTheFirstFiftyInCodeOrderWithPages()
    {
        HttpClient client = await app.SignInAsync(WaymarkApp.Administrator);
        List<string> all = [.. (await app.WithDbAsync(db => db.Indicators.Select(i => i.Code).ToListAsync())).Order(IndicatorCodeOrder.Instance)];

        (HttpStatusCode status, string html) = await client.GetPageAsync("/admin/indicators");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(all.Count > 100, "there are more than two pages of indicators");
        Assert.Equal($"{all.Count} indicators", Html.Row(html, "id=\"indicator-count\""));
        Assert.Equal(all[..50], Codes(html));
        Assert.Equal($"Showing 1 to 50 of {all.Count} indicators", Html.Row(html, "id=\"indicator-range\""));
        Assert.Contains("href=\"/admin/indicators?page=2\" rel=\"next\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_Search_FindsCodesAndTitlesInNaturalOrderAndKeepsTheSearchInThePages()
    {
        HttpClient client = await app.SignInAsync(WaymarkApp.Administrator);

        (_, string html) = await client.GetPageAsync("/admin/indicators?search=NI 1");

        List<string> codes = Codes(html);
        Assert.Equal(["NI 19", "NI 103a", "NI 103b", "NI 109", "NI 111", "NI 112", "NI 113", "NI 114", "NI 117", "NI 147", "NI 148"], codes);
        Assert.StartsWith($"{codes.Count} of ", Html.Row(html, "id=\"indicator-count\""), StringComparison.Ordinal);
        Assert.EndsWith("indicators have 'NI 1' in their code or title", Html.Row(html, "id=\"indicator-count\""), StringComparison.Ordinal);
        Assert.DoesNotContain("govuk-pagination", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_SortedByTitle_KeepsTheSearchAndSaysHowItIsSorted()
    {
        HttpClient client = await app.SignInAsync(WaymarkApp.Administrator);

        (_, string html) = await client.GetPageAsync("/admin/indicators?search=NI 6&sort=title&order=descending");

        List<string> titles = [.. Regex.Matches(html, "data-indicator=\"[^\"]*\"><td class=\"govuk-table__cell\">[^<]*</td><td class=\"govuk-table__cell\">([^<]*)</td>").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))];
        Assert.True(titles.Count >= 9, "NI 60 to NI 68 are found");
        Assert.Equal(titles.OrderDescending(StringComparer.OrdinalIgnoreCase), titles);
        Assert.Contains("<th scope=\"col\" class=\"govuk-table__header\" aria-sort=\"descending\"><a class=\"govuk-link govuk-link--no-visited-state\" href=\"/admin/indicators?search=NI%206&amp;sort=title\">Title</a></th>", html, StringComparison.Ordinal);
        Assert.Contains("aria-sort=\"none\"><a class=\"govuk-link govuk-link--no-visited-state\" href=\"/admin/indicators?search=NI%206&amp;sort=code\">Code</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_SecondPage_ShowsTheNextFifty()
    {
        HttpClient client = await app.SignInAsync(WaymarkApp.Administrator);
        List<string> all = [.. (await app.WithDbAsync(db => db.Indicators.Select(i => i.Code).ToListAsync())).Order(IndicatorCodeOrder.Instance)];

        (_, string html) = await client.GetPageAsync("/admin/indicators?page=2");

        Assert.Equal(all[50..100], Codes(html));
        Assert.Contains("href=\"/admin/indicators?page=1\" rel=\"prev\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_NothingFound_SaysSoAndOffersToClearTheSearch()
    {
        HttpClient client = await app.SignInAsync(WaymarkApp.Administrator);

        (_, string html) = await client.GetPageAsync("/admin/indicators?search=zebra crossings");

        Assert.Equal("No indicators have 'zebra crossings' in their code or title. Clear the search", Html.Row(html, "id=\"no-indicators\""));
        Assert.Empty(Codes(html));
    }

    private static List<string> Codes(string html) =>
        [.. Regex.Matches(html, "data-indicator=\"([^\"]*)\"").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))];
}
