using Microsoft.EntityFrameworkCore;

using Waymark.Data.Areas;
using Waymark.Periods;

namespace Waymark.Web.Tests.Indicators;

/// <summary>A group of 1 to 5 young people is shown as c, with its gaps, to readers other than the indicator's owner and the performance team.</summary>
public sealed class BreakdownSmallNumbersPageTests(WaymarkApp app) : IClassFixture<WaymarkApp>
{
    private async Task<string> PageWithLeedsVulnerableCohortOfAsync(string reader, decimal cohort)
    {
        int id = await app.IndicatorIdAsync("NEET_NK_16_17");
        ReportingPeriod period = ReportingPeriod.Parse("2022");
        await app.WithDbAsync(async db =>
        {
            int leeds = await db.Areas.Where(a => a.Kind == AreaKinds.LocalAuthority && a.Code == "383").Select(a => a.Id).SingleAsync();
            int vulnerable = await db.Dimensions.Where(d => d.Code == "vulnerable_group").SelectMany(d => d.Groups).Where(g => g.Code == "vulnerable").Select(g => g.Id).SingleAsync();
            var value = await db.GroupAreaValues.SingleAsync(v => v.IndicatorId == id && v.AreaId == leeds && v.GroupId == vulnerable && v.Period == period);
            value.Cohort = cohort;
            return await db.SaveChangesAsync();
        });
        HttpClient client = await app.SignInAsync(reader);
        (_, string html) = await client.GetPageAsync($"/indicators/{id}");
        return html;
    }

    [Fact]
    public async Task CohortOfFour_CouncillorReadsC_WithItsReason_AndNoGapToSubtractFrom()
    {
        string html = await PageWithLeedsVulnerableCohortOfAsync(WaymarkApp.Member, 4m);

        Assert.Equal(
            "Vulnerable groups none c suppressed: worked out from a count of 5 or fewer or another suppressed figure c suppressed: worked out from a count of 5 or fewer or another suppressed figure Not comparable 18.9 not applicable not applicable not applicable",
            Html.Row(html, "data-group=\"vulnerable\""));
        Assert.DoesNotContain("25.5", Html.Row(html, "data-dimension=\"vulnerable_group\""), StringComparison.Ordinal);
        Assert.StartsWith("c: a figure suppressed to protect confidentiality", Html.Row(html, "id=\"breakdown-key\""), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CohortOfFour_PerformanceTeamReadsTheFigure()
    {
        string html = await PageWithLeedsVulnerableCohortOfAsync(WaymarkApp.Administrator, 4m);

        Assert.Equal("Vulnerable groups none 25.5 17.7 Not comparable 18.9 not applicable not applicable not applicable", Html.Row(html, "data-group=\"vulnerable\""));
    }
}
