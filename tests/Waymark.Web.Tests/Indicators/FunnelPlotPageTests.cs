using System.Net;

using Microsoft.EntityFrameworkCore;

using Waymark.Data.Areas;
using Waymark.Periods;

namespace Waymark.Web.Tests.Indicators;

/// <summary>
/// A measure whose LAs' counts and denominators are published has a funnel plot on its page: every LA's figure
/// against its denominator, the limits around England's, the council's own LA named, and the LAs beyond each limit
/// listed, with the figures in a table.
/// </summary>
public sealed class FunnelPlotPageTests(WaymarkApp app) : IClassFixture<WaymarkApp>
{
    // The demo holds DfE's second or subsequent child protection plans for every LA. In 2024/25 England had 15,130
    // of 61,840 (24.47%); at Leeds's 829 plans the 95% limits are 24.47% ± 1.959964 × √(0.2447 × 0.7553 / 829), 21.54%
    // to 27.39%, so Leeds's 191 (23.0%) is within them. York's 71 of 161 (44.1%) is above even its 99.8% limits of
    // 24.47% ± 3.090232 × √(0.2447 × 0.7553 / 161), and fewer plans is better: much worse than England. Of the 151
    // LAs with counts, 11 are above the 99.8% limits and 15 below them, 15 above the 95% limits only and 20 below.
    [Fact]
    public async Task SecondPlans_EveryLaIsPlotted_LeedsIsNamed_AndThoseBeyondTheLimitsAreListed()
    {
        HttpClient client = await app.SignInAsync(WaymarkApp.Member);
        int id = await app.IndicatorIdAsync("PrevRegCPR");

        (HttpStatusCode status, string html) = await client.GetPageAsync($"/indicators/{id}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Every LA against its size: 2024/25", html, StringComparison.Ordinal);
        Assert.Equal("Leeds: 23.0% (191 of 829), within the 95% limits: similar to England.", Html.Row(html, "id=\"funnel-council\""));
        Assert.Equal(151, Html.Count(html, "<tr class=\"govuk-table__row\" data-area="));
        Assert.Equal(1, Html.Count(html, "data-mark=\"council\" data-area=\"383\""));
        Assert.Equal("Beyond the 99.8% limits: 26 LAs", Html.Row(html, "id=\"funnel-beyond-998\""));
        Assert.Equal("Beyond the 95% limits only: 35 LAs", Html.Row(html, "id=\"funnel-beyond-95\""));
        Assert.Contains("York: 44.1%, above the 99.8% limits: much worse than England", Html.Text(html), StringComparison.Ordinal);
        Assert.Contains("151 areas against their denominators around England's 24.5: 26 beyond the 99.8% limits, 35 more beyond the 95% limits, 90 within them.", Html.Text(html), StringComparison.Ordinal);
        Assert.Contains("Leeds (the council) 191 829 23.0 21.54 to 27.39", Html.Text(html), StringComparison.Ordinal);
        Assert.Equal(11, Html.Count(html, "data-mark=\"much-worse\""));
        Assert.Equal(15, Html.Count(html, "data-mark=\"much-better\""));
    }

    [Fact]
    public async Task IndicatorWithoutCounts_HasNoFunnelPlot()
    {
        HttpClient client = await app.SignInAsync(WaymarkApp.Member);
        int id = await app.IndicatorIdAsync("NI 60");

        (HttpStatusCode status, string html) = await client.GetPageAsync($"/indicators/{id}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.DoesNotContain("funnel-heading", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMeasureWithoutEnglandsFigure_IsCentredOnAllLasTogether()
    {
        HttpClient client = await app.SignInAsync(WaymarkApp.Member);
        int id = await app.IndicatorIdAsync("NI 65");
        ReportingPeriod period = ReportingPeriod.Parse("2010/11 Q3");
        string second = string.Empty;
        await app.WithDbAsync(async db =>
        {
            List<Area> las = await db.Areas.Where(a => a.Kind == AreaKinds.LocalAuthority).OrderBy(a => a.Code).Take(3).ToListAsync();
            (decimal Count, decimal OutOf)[] figures = [(10m, 100m), (30m, 100m), (20m, 200m)];
            second = las[1].Name;
            for (int i = 0; i < las.Count; i++)
            {
                db.AreaValues.Add(new AreaValue { IndicatorId = id, AreaId = las[i].Id, Period = period, PeriodStart = period.Start, Value = figures[i].Count / figures[i].OutOf * 100m, Numerator = figures[i].Count, Denominator = figures[i].OutOf });
            }

            return await db.SaveChangesAsync();
        });

        (_, string html) = await client.GetPageAsync($"/indicators/{id}");

        // 60 of 400 is 15.0%; the second LA's 30 of 100 is above 15% + 3.090232 × √(0.15 × 0.85 / 100) = 26.0%.
        Assert.Contains("differed from all LAs together (15.0%) by chance alone", Html.Text(html), StringComparison.Ordinal);
        Assert.Equal("Beyond the 99.8% limits: 1 LA", Html.Row(html, "id=\"funnel-beyond-998\""));
        Assert.Contains($"{second}: 30.0%, above the 99.8% limits: much worse than all LAs together", Html.Text(html), StringComparison.Ordinal);
    }
}
