using System.Globalization;
using System.Net;

using Microsoft.EntityFrameworkCore;

using Waymark.Periods;
using Waymark.Web.Tests.Admin;

namespace Waymark.Web.Tests.Performance;

/// <summary>The home page, the indicator list and the indicator pages are kept between requests, but never shown out of date.</summary>
public sealed class FreshFiguresTests(WaymarkApp app) : IClassFixture<WaymarkApp>
{
    [Fact]
    public async Task Return_Saved_ShowsOnTheHomePageTheListAndTheIndicatorAtOnce()
    {
        HttpClient officer = await app.SignInAsync(WaymarkApp.OtherDataOfficer);
        int id = await app.IndicatorIdAsync("NI 117");
        (_, string homeBefore) = await officer.GetPageAsync("/?period=2010/11 Q4");
        (_, string listBefore) = await officer.GetPageAsync("/indicators?period=2010/11 Q4&search=NI 117");
        (_, string pageBefore) = await officer.GetPageAsync($"/indicators/{id}");

        HttpResponseMessage saved = await officer.PostFormAsync(
            $"/indicators/{id}/return?period=2010%2F11%20Q4",
            $"/indicators/{id}/return",
            new() { ["Period"] = "2010/11 Q4", ["Version"] = string.Empty, ["Value"] = "7.4", ["DataQuality"] = "ok" });
        (_, string home) = await officer.GetPageAsync("/?period=2010/11 Q4");
        (_, string list) = await officer.GetPageAsync("/indicators?period=2010/11 Q4&search=NI 117");
        (_, string page) = await officer.GetPageAsync($"/indicators/{id}");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.EndsWith("Unable to traffic light (no result) not comparable", Html.Row(listBefore, "data-indicator=\"NI 117\""), StringComparison.Ordinal);
        Assert.EndsWith("7.4% 7.5% Green not comparable", Html.Row(list, "data-indicator=\"NI 117\""), StringComparison.Ordinal);
        Assert.Equal(Count(homeBefore, "green") + 1, Count(home, "green"));
        Assert.DoesNotContain("data-period=\"2010/11 Q4\"", pageBefore, StringComparison.Ordinal);
        Assert.StartsWith("Q4 2010/11 7.4 7.5 Green", Html.Row(page, "data-period=\"2010/11 Q4\""), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TargetsUploaded_ShowTheNewRatingsAtOnce()
    {
        HttpClient admin = await app.SignInAsync(WaymarkApp.Administrator);
        (_, string homeBefore) = await admin.GetPageAsync("/?period=2010/11 Q3");
        (_, string redBefore) = await admin.GetPageAsync("/indicators?period=2010/11 Q3&rating=red");

        // NI 43 (lower is better) was 8.9% against 6.5%: red. Against 9.5% it is green.
        HttpResponseMessage uploaded = await admin.UploadAsync("targets", "targets-ni43.csv", "indicator,period,target\nNI 43,2010/11,9.5\n");
        string upload = uploaded.Headers.Location!.OriginalString;
        HttpResponseMessage confirmed = await admin.PostFormAsync(upload, upload + "?handler=Confirm", []);
        (_, string home) = await admin.GetPageAsync("/?period=2010/11 Q3");
        (_, string red) = await admin.GetPageAsync("/indicators?period=2010/11 Q3&rating=red");
        (_, string all) = await admin.GetPageAsync("/indicators?period=2010/11 Q3&search=NI 43");

        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Contains("data-indicator=\"NI 43\"", redBefore, StringComparison.Ordinal);
        Assert.DoesNotContain("data-indicator=\"NI 43\"", red, StringComparison.Ordinal);
        Assert.Equal(Count(homeBefore, "red") - 1, Count(home, "red"));
        Assert.EndsWith("8.9% 9.5% Green ↑ improving", Html.Row(all, "data-indicator=\"NI 43\""), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TargetChangedInTheStore_ShowsTheNewRatingAtOnce()
    {
        HttpClient member = await app.SignInAsync(WaymarkApp.Member);
        int id = await app.IndicatorIdAsync("NI 59");
        (_, string before) = await member.GetPageAsync("/indicators?period=2010/11 Q3&search=NI 59");

        // NI 59 (higher is better) was 70.2% against 80.0%: red. Against 70.0% it is green.
        await app.WithDbAsync(async db =>
        {
            var target = await db.Targets.SingleAsync(t => t.IndicatorId == id && t.Period == ReportingPeriod.Parse("2010/11"));
            target.Value = 70.0m;
            return await db.SaveChangesAsync();
        });
        (_, string after) = await member.GetPageAsync("/indicators?period=2010/11 Q3&search=NI 59");

        Assert.Contains("80.0% Red", Html.Row(before, "data-indicator=\"NI 59\""), StringComparison.Ordinal);
        Assert.Contains("70.2% 70.0% Green", Html.Row(after, "data-indicator=\"NI 59\""), StringComparison.Ordinal);
    }

    /// <summary>The number of the board's indicators with <paramref name="rating"/> now, from the home page's first board.</summary>
    private static int Count(string home, string rating) =>
        int.Parse(Html.Row(home, $"data-rating=\"{rating}\"").Split(' ')[1], CultureInfo.InvariantCulture);
}
