using System.Net;

using Waymark.Data.Measures;
using Waymark.Periods;
using Waymark.Web.Tests.Api;

namespace Waymark.Web.Tests.Indicators;

/// <summary>The indicator list filters by assurance as well as variation, and the home page filters its red and amber indicators by both.</summary>
public sealed class VariationAssuranceFilterTests(WaymarkApp app) : IClassFixture<WaymarkApp>
{
    [Fact]
    public async Task List_ConsistentlyFails_ShowsOnlyIndicatorsWhoseTargetIsBeyondTheBetterLimit()
    {
        HttpClient client = await app.SignInAsync(WaymarkApp.Member);
        await FailingConcernAsync();

        (HttpStatusCode status, string html) = await client.GetPageAsync("/indicators?period=2010/11 Q4&assurance=fail");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(1, Html.Count(html, "data-indicator=\""));
        Assert.Contains("data-indicator=\"NI 52\"", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"fail\" selected=\"selected\">Consistently fails the target</option>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_UnknownAssurance_SaysSoBesideTheFilter()
    {
        HttpClient client = await app.SignInAsync(WaymarkApp.Member);

        (HttpStatusCode status, string html) = await client.GetPageAsync("/indicators?period=2010/11 Q3&assurance=sometimes");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Error: Choose an assurance from the list: 'sometimes' is not one of them", Html.Row(html, "id=\"assurance-error\""));
        Assert.StartsWith("33 indicators at Q3 2010/11", Html.Row(html, "id=\"indicator-count\""), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Home_SpecialCauseConcern_ListsOnlyThoseRedAndAmberIndicators()
    {
        HttpClient client = await app.SignInAsync(WaymarkApp.Member);
        await FailingConcernAsync();
        (_, string all) = await client.GetPageAsync("/?period=2010/11 Q4");
        int redAndAmber = Html.Count(all, "data-indicator=\"");

        (HttpStatusCode status, string html) = await client.GetPageAsync("/?period=2010/11 Q4&variation=concern&assurance=fail");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(redAndAmber > 1);
        Assert.Equal(1, Html.Count(html, "data-indicator=\""));
        Assert.Contains("data-indicator=\"NI 52\"", html, StringComparison.Ordinal);
        Assert.Equal($"1 of the {redAndAmber} red and amber indicators have the variation and assurance chosen.", Html.Row(html, "data-filtered=\"0\""));
        Assert.Contains("<option value=\"concern\" selected=\"selected\">Special cause concern</option>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Home_UnknownVariation_SaysSoBesideTheFilter()
    {
        HttpClient client = await app.SignInAsync(WaymarkApp.Member);

        (_, string html) = await client.GetPageAsync("/?period=2010/11 Q3&variation=worrying");

        Assert.Equal("Error: Choose a variation from the list: 'worrying' is not one of them", Html.Row(html, "id=\"variation-error\""));
    }

    /// <summary>NI 52 (higher is better): its last 6 of 16 quarters below the mean, and a 2010/11 target of 60, above its upper limit of about 52.</summary>
    private async Task FailingConcernAsync()
    {
        int id = await app.IndicatorIdAsync("NI 52");
        await ApiVariationTests.ConcernAsync(app, id);
        await app.WithDbAsync(async db =>
        {
            db.Targets.RemoveRange(db.Targets.Where(t => t.IndicatorId == id));
            ReportingPeriod year = ReportingPeriod.Parse("2010/11");
            db.Targets.Add(new Target { IndicatorId = id, Period = year, PeriodStart = year.Start, Value = 60m });
            return await db.SaveChangesAsync();
        });
    }
}
