using Microsoft.EntityFrameworkCore;

using Waymark.Periods;
using Waymark.Web.Tests.Calendar;

namespace Waymark.Web.Tests.Returns;

/// <summary>
/// Sam Patel's return for NI 66 on 10 February 2011, its Q3 2010/11 result removed: the form offers the periods due
/// and shows what the result is judged against, and "Check" says what the rules make of a figure before it is saved.
/// </summary>
public sealed class ReturnContextTests(CalendarApp app) : IClassFixture<CalendarApp>
{
    private static readonly ReportingPeriod Q3 = ReportingPeriod.Parse("2010/11 Q3");

    [Fact]
    public async Task Get_OverdueReturn_OffersThePeriodsDueAndWhatTheResultIsJudgedAgainst()
    {
        int id = await ArrangeAsync();
        HttpClient officer = await app.SignInAsync(WaymarkApp.DataOfficer);

        (_, string html) = await officer.GetPageAsync($"/indicators/{id}/return");

        Assert.Contains("Quarterly return for Q3 2010/11", html, StringComparison.Ordinal);
        Assert.Equal("Period The periods whose result is due Q3 2010/11 Q1 2011/12", Html.Row(html, "<fieldset"));
        Assert.Contains("value=\"2010/11 Q3\" checked", html, StringComparison.Ordinal);
        Assert.Equal("Target for Q3 2010/11 90.0%", Html.Row(html, "data-field=\"target\""));
        Assert.Equal("Annual target for 2010/11 90.0%", Html.Row(html, "data-field=\"annual-target\""));
        Assert.Equal("A year earlier (Q3 2009/10) 83.2%", Html.Row(html, "data-field=\"year-earlier\""));
        Assert.Equal("The last 5 results", Html.Row(html, "id=\"recent-caption\""));
        Assert.Equal("Q2 2010/11 86.9% 90.0% Amber", Html.Row(html, "data-period=\"2010/11 Q2\""));
        Assert.Equal("Q2 2009/10 82.0% 85.0% Amber", Html.Row(html, "data-period=\"2009/10 Q2\""));
        Assert.Equal(0, Html.Count(html, "data-period=\"2009/10 Q1\""));
    }

    [Fact]
    public async Task Check_AmberWithoutCommentary_ShowsTheRatingDirectionAndThatCommentaryIsNeededWithoutSaving()
    {
        int id = await ArrangeAsync();
        HttpClient officer = await app.SignInAsync(WaymarkApp.DataOfficer);

        HttpResponseMessage response = await officer.PostFormAsync($"/indicators/{id}/return", $"/indicators/{id}/return?handler=Check", new()
        {
            ["Period"] = Q3.ToString(),
            ["Value"] = "87.4",
            ["DataQuality"] = "ok",
        });
        string html = await response.Content.ReadAsStringAsync();

        Assert.Equal("What the rules make of 87.4%", Html.Row(html, "<h2 class=\"govuk-heading-s\">What the rules"));
        Assert.Equal("Rating Amber", Html.Row(html, "data-field=\"checked-rating\""));
        Assert.Equal("Direction of travel ↑ improving", Html.Row(html, "data-field=\"checked-direction\""));
        Assert.StartsWith("Predicted year end ", Html.Row(html, "data-field=\"checked-predicted\""), StringComparison.Ordinal);
        Assert.Equal("! Warning Enter commentary: the result is amber, so say why and what is being done", Html.Row(html, "id=\"commentary-needed\""));
        Assert.DoesNotContain("govuk-error-summary", html, StringComparison.Ordinal);
        Assert.Contains("value=\"87.4\"", html, StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.Results.AnyAsync(r => r.IndicatorId == id && r.Period == Q3)));
    }

    [Fact]
    public async Task Check_GreenValue_NeedsNoCommentary()
    {
        int id = await ArrangeAsync();
        HttpClient officer = await app.SignInAsync(WaymarkApp.DataOfficer);

        HttpResponseMessage response = await officer.PostFormAsync($"/indicators/{id}/return", $"/indicators/{id}/return?handler=Check", new()
        {
            ["Period"] = Q3.ToString(),
            ["Value"] = "90.0",
            ["DataQuality"] = "ok",
        });
        string html = await response.Content.ReadAsStringAsync();

        Assert.Equal("Rating Green", Html.Row(html, "data-field=\"checked-rating\""));
        Assert.Equal(0, Html.Count(html, "id=\"commentary-needed\""));
    }

    [Fact]
    public async Task Check_ValueNotANumber_IsAnErrorByTheField()
    {
        int id = await ArrangeAsync();
        HttpClient officer = await app.SignInAsync(WaymarkApp.DataOfficer);

        HttpResponseMessage response = await officer.PostFormAsync($"/indicators/{id}/return", $"/indicators/{id}/return?handler=Check", new()
        {
            ["Period"] = Q3.ToString(),
            ["Value"] = "eighty",
            ["DataQuality"] = "ok",
        });
        string html = await response.Content.ReadAsStringAsync();

        Assert.Equal("Error: The result must be a number, like 87.4", Html.Row(html, "id=\"value-error\""));
        Assert.Equal(0, Html.Count(html, "id=\"checked\""));
    }

    private Task<int> ArrangeAsync() => app.WithDbAsync(async db =>
    {
        int ni66 = await db.Indicators.Where(i => i.Code == "NI 66").Select(i => i.Id).SingleAsync();
        db.Results.RemoveRange(db.Results.Where(r => r.IndicatorId == ni66 && r.Period == Q3));
        await db.SaveChangesAsync();
        return ni66;
    });
}
