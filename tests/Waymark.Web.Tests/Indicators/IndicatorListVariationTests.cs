using System.Net;

using Waymark.Web.Tests.Api;

namespace Waymark.Web.Tests.Indicators;

/// <summary>The indicator list and the home page show each indicator's variation and assurance icons, named for screen readers, and the list filters by them.</summary>
public sealed class IndicatorListVariationTests(WaymarkApp app) : IClassFixture<WaymarkApp>
{
    [Fact]
    public async Task List_SpecialCauseConcern_ShowsOnlyThatIndicatorWithItsIcon()
    {
        HttpClient client = await app.SignInAsync(WaymarkApp.Member);
        await ApiVariationTests.ConcernAsync(app, await app.IndicatorIdAsync("NI 52"));

        (HttpStatusCode status, string html) = await client.GetPageAsync("/indicators?period=2010/11 Q4&variation=concern");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(1, Html.Count(html, "data-indicator=\""));
        Assert.Contains("data-indicator=\"NI 52\"", html, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"Special cause concern: significantly lower\" data-icon=\"concern_low\"", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"concern\" selected=\"selected\">Special cause concern</option>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_TwelveQuarters_ShowNoIconsNamedSo()
    {
        HttpClient client = await app.SignInAsync(WaymarkApp.Member);

        (_, string html) = await client.GetPageAsync("/indicators?period=2010/11 Q3&search=NI 66");

        string row = html[html.IndexOf("data-indicator=\"NI 66\"", StringComparison.Ordinal)..];
        row = row[..row.IndexOf("</tr>", StringComparison.Ordinal)];
        Assert.Contains("aria-label=\"No variation icon\" data-icon=\"not_shown\"", row, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"No assurance icon\" data-icon=\"not_shown\"", row, StringComparison.Ordinal);
        Assert.Contains("What the variation and assurance icons mean", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_UnknownVariation_SaysSoBesideTheFilterAndListsEveryIndicator()
    {
        HttpClient client = await app.SignInAsync(WaymarkApp.Member);

        (HttpStatusCode status, string html) = await client.GetPageAsync("/indicators?period=2010/11 Q3&variation=worrying");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Error: Choose a variation from the list: 'worrying' is not one of them", Html.Row(html, "id=\"variation-error\""));
        Assert.StartsWith("33 indicators at Q3 2010/11", Html.Row(html, "id=\"indicator-count\""), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Home_RedAndAmber_HaveTheirVariationAndAssuranceIcons()
    {
        HttpClient client = await app.SignInAsync(WaymarkApp.Member);

        (_, string html) = await client.GetPageAsync("/?period=2010/11 Q3");

        Assert.Equal(Html.Count(html, "data-indicator=\""), Html.Count(html, "data-field=\"variation\""));
        Assert.Equal(Html.Count(html, "data-indicator=\""), Html.Count(html, "data-field=\"assurance\""));
        Assert.Contains("<th scope=\"col\" class=\"govuk-table__header\">Variation</th>", html, StringComparison.Ordinal);
    }
}
