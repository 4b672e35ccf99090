using System.Net;
using System.Text;
using System.Text.RegularExpressions;

using Microsoft.EntityFrameworkCore;

using Waymark.Web.Tests.Reports;

namespace Waymark.Web.Tests.Indicators;

/// <summary>The indicator list sorts by its columns, filters by owner, searches commentary and downloads what it shows.</summary>
public sealed partial class IndicatorListSortFilterTests(WaymarkApp app) : IClassFixture<WaymarkApp>
{
    private const string Q3 = "/indicators?period=2010/11 Q3";

    private static readonly string[] SamPatels =
        ["LSP-HW2Bi", "NI 59", "NI 60", "NI 61", "NI 62", "NI 63", "NI 64", "NI 65", "NI 66", "NI 67", "NI 68", "NI 147", "NI 148"];

    [Fact]
    public async Task List_NoSortAsked_PutsCodesInTheOrderPeopleReadThem()
    {
        HttpClient client = await app.SignInAsync(WaymarkApp.Member);

        (_, string html) = await client.GetPageAsync(Q3);

        List<string> codes = Codes(html);
        Assert.Equal(33, codes.Count);
        Assert.Equal(["LSP-HW2Bi", "NI 19", "NI 43", "NI 45", "NI 46", "NI 51"], codes[..6]);
        Assert.Equal(["NI 91", "NI 103a", "NI 103b", "NI 109", "NI 111"], codes[22..27]);
        Assert.Equal("NI 148", codes[^1]);
        Assert.Equal("ascending", AriaSort(html, "Indicator"));
        Assert.Equal("none", AriaSort(html, "Result"));
        Assert.Equal("/indicators?period=2010%2F11%20Q3&sort=indicator&order=descending", WebUtility.HtmlDecode(SortHref(html, "Indicator")));
    }

    [Fact]
    public async Task List_SortedByResultDescending_PutsTheLargestFirstAndSaysSo()
    {
        HttpClient client = await app.SignInAsync(WaymarkApp.Member);

        (_, string html) = await client.GetPageAsync(Q3 + "&sort=result&order=descending");

        Assert.Equal(["NI 111", "NI 103a", "NI 88", "NI 46", "NI 67"], Codes(html)[..5]);
        Assert.Contains(" 863 ", Html.Row(html, "data-indicator=\"NI 111\""), StringComparison.Ordinal);
        Assert.Equal("descending", AriaSort(html, "Result"));
        Assert.Equal("none", AriaSort(html, "Indicator"));
        Assert.Equal("/indicators?period=2010%2F11%20Q3&sort=result", WebUtility.HtmlDecode(SortHref(html, "Result")));
    }

    [Fact]
    public async Task List_SortedByRating_ListsRedThenAmberThenGreenThenUnrated()
    {
        HttpClient client = await app.SignInAsync(WaymarkApp.Member);

        (_, string html) = await client.GetPageAsync(Q3 + "&sort=rating");

        List<string> ratings = [.. RatingPattern().Matches(html).Select(m => m.Groups[1].Value)];
        Assert.Equal(33, ratings.Count);
        Assert.Equal(ratings.OrderBy(r => Array.IndexOf(["red", "amber", "green", "not_rated"], r)), ratings);
        Assert.Contains("red", ratings);
        Assert.Contains("not_rated", ratings);
    }

    [Fact]
    public async Task List_Mine_ShowsOnlyTheSignedInOwnersIndicators()
    {
        HttpClient client = await app.SignInAsync(WaymarkApp.DataOfficer);

        (_, string html) = await client.GetPageAsync(Q3 + "&owner=mine");

        Assert.Equal(SamPatels, Codes(html));
        Assert.StartsWith("13 indicators at Q3 2010/11", Html.Row(html, "id=\"indicator-count\""), StringComparison.Ordinal);
        Assert.Equal("Sam Patel", Html.Row(html, "data-field=\"owner\""));
        Assert.Contains("<option value=\"mine\" selected=\"selected\">Mine</option>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_ByOwner_ShowsThatOwnersIndicatorsAndKeepsTheFilterWhenSorting()
    {
        HttpClient client = await app.SignInAsync(WaymarkApp.Member);
        int jo = await app.WithDbAsync(db => db.Users.Where(u => u.Email == WaymarkApp.OtherDataOfficer).Select(u => u.Id).SingleAsync());

        (_, string html) = await client.GetPageAsync(Q3 + $"&owner={jo}");

        Assert.Equal(20, Codes(html).Count);
        Assert.DoesNotContain("NI 66", Codes(html));
        Assert.Equal(["NI 19", "NI 43", "NI 45"], Codes(html)[..3]);
        Assert.Contains($"owner={jo}&sort=target", WebUtility.HtmlDecode(SortHref(html, "Target")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_UnknownOwner_SaysToChooseFromTheList()
    {
        HttpClient client = await app.SignInAsync(WaymarkApp.Member);

        (_, string html) = await client.GetPageAsync(Q3 + "&owner=nobody");

        Assert.Equal("Error: Choose an owner from the list: 'nobody' is not one of them", Html.Row(html, "id=\"owner-error\""));
    }

    [Fact]
    public async Task List_SearchForWordsOfACommentary_FindsTheIndicator()
    {
        HttpClient client = await app.SignInAsync(WaymarkApp.Member);

        (_, string html) = await client.GetPageAsync(Q3 + "&search=independent reviewing");
        (_, string board) = await client.GetPageAsync(Q3 + "&search=Youth Justice Board");

        Assert.Equal(["NI 66"], Codes(html));
        Assert.Equal(["NI 19", "NI 43"], Codes(board));
    }

    [Fact]
    public async Task List_NothingMatches_SaysSoAndOffersToClearTheFilters()
    {
        HttpClient client = await app.SignInAsync(WaymarkApp.Member);

        (_, string html) = await client.GetPageAsync(Q3 + "&search=zebra crossings&owner=mine");

        Assert.Empty(Codes(html));
        Assert.Equal("No indicators match the filters and search at Q3 2010/11. Clear the filters", Html.Row(html, "id=\"no-indicators\""));
        Assert.Contains("<a class=\"govuk-link\" href=\"/indicators?period=2010%2F11%20Q3\">Clear the filters</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<table", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Download_Csv_HoldsTheFilteredListInItsOrder()
    {
        HttpClient client = await app.SignInAsync(WaymarkApp.DataOfficer);
        (_, string html) = await client.GetPageAsync(Q3 + "&owner=mine&sort=result&order=descending");
        string link = WebUtility.HtmlDecode(DownloadPattern().Match(html).Groups[1].Value);

        HttpResponseMessage response = await client.GetAsync(link);
        string csv = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync());

        Assert.Equal("/indicators?period=2010%2F11%20Q3&owner=mine&sort=result&order=descending&handler=csv", link);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("indicators-2010-11-Q3.csv", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        string[] lines = csv.TrimEnd('\n').Split('\n');
        Assert.Equal("indicator,title,owner,period,value,target,rating,reason,direction,previous_value,predicted_year_end,predicted_rating,variation,assurance,commentary", lines[0]);
        Assert.Equal(14, lines.Length);
        Assert.Equal(Codes(html), [.. lines[1..].Select(l => l.Split(',')[0])]);
        string ni66 = lines.Single(l => l.StartsWith("NI 66,", StringComparison.Ordinal));
        Assert.StartsWith("NI 66,", ni66, StringComparison.Ordinal);
        Assert.Contains(",Sam Patel,2010/11 Q3,87.4,90.0,amber,", ni66, StringComparison.Ordinal);
        Assert.EndsWith(",Timeliness improved again after two additional Independent Reviewing Officers joined; still short of the 90% target.", ni66, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Download_Xlsx_HoldsTheSameRowsAsTheList()
    {
        HttpClient client = await app.SignInAsync(WaymarkApp.Member);

        HttpResponseMessage response = await client.GetAsync(Q3 + "&search=Youth Justice Board&handler=xlsx");
        byte[] workbook = await response.Content.ReadAsByteArrayAsync();
        string sheet = Downloaded.Part(workbook, "xl/worksheets/sheet1.xml");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        List<string> texts = [.. TextPattern().Matches(sheet).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))];
        Assert.Equal(["indicator", "title", "owner"], texts[..3]);
        Assert.Equal(2, Regex.Count(sheet, "<x:row ") - 1);
        Assert.True(texts.IndexOf("NI 19") < texts.IndexOf("NI 43"), "NI 19 comes before NI 43");
        Assert.Contains("Jo Taylor", texts);
    }

    private static List<string> Codes(string html) =>
        [.. Regex.Matches(html, "data-indicator=\"([^\"]*)\"").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))];

    private static string AriaSort(string html, string label) =>
        Regex.Match(html, $"<th [^>]*aria-sort=\"([a-z]+)\"><a [^>]*>{Regex.Escape(label)}</a></th>").Groups[1].Value;

    private static string SortHref(string html, string label) =>
        Regex.Match(html, $"<th [^>]*aria-sort=\"[a-z]+\"><a [^>]*href=\"([^\"]*)\">{Regex.Escape(label)}</a></th>").Groups[1].Value;

    [GeneratedRegex("data-rating=\"([a-z_]+)\"")]
    private static partial Regex RatingPattern();

    [GeneratedRegex("href=\"([^\"]*handler=csv)\"")]
    private static partial Regex DownloadPattern();

    [GeneratedRegex("<x:t[^>]*>([^<]*)</x:t>")]
    private static partial Regex TextPattern();
}
