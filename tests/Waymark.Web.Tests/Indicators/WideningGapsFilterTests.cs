using Microsoft.EntityFrameworkCore;

using Waymark.Data.Areas;
using Waymark.Data.Breakdowns;
using Waymark.Periods;

namespace Waymark.Web.Tests.Indicators;

/// <summary>The indicator list filtered to the measures where a group's gap in the council's LA is wider than a year earlier, each group named.</summary>
public sealed class WideningGapsFilterTests(WaymarkApp app) : IClassFixture<WaymarkApp>
{
    private const string Title = "16-17 year olds not in education, employment or training (NEET) or whose activity is not known";

    // DfE publishes no figures by group for Leeds in 2021; given EHC plan 12.0 and no SEN 6.0 beside its published 7.9 for
    // all, the EHC plan gaps of 2022 (13.6 - 7.8 = 5.8 against all, 13.6 - 6.8 = 6.8 against no SEN) are wider than
    // 2021's (12.0 - 7.9 = 4.1, 12.0 - 6.0 = 6.0), while no SEN's against all (6.8 - 7.8 = -1.0) is narrower than -1.9.
    [Fact]
    public async Task LeedsEhcpGapsWiderThanAYearEarlier_AreListedWithTheGroup()
    {
        int id = await app.IndicatorIdAsync("NEET_NK_16_17");
        ReportingPeriod period = ReportingPeriod.Parse("2021");
        await app.WithDbAsync(async db =>
        {
            int leeds = await db.Areas.Where(a => a.Kind == AreaKinds.LocalAuthority && a.Code == "383").Select(a => a.Id).SingleAsync();
            List<DimensionGroup> groups = await db.Dimensions.Where(d => d.Code == "sen_status").SelectMany(d => d.Groups).ToListAsync();
            foreach ((string code, decimal value) in new[] { ("ehcp", 12.0m), ("no_sen", 6.0m) })
            {
                int group = groups.Single(g => g.Code == code).Id;
                GroupAreaValue? stored = await db.GroupAreaValues.SingleOrDefaultAsync(v => v.IndicatorId == id && v.AreaId == leeds && v.GroupId == group && v.Period == period);
                if (stored is null)
                {
                    db.GroupAreaValues.Add(new GroupAreaValue { IndicatorId = id, AreaId = leeds, GroupId = group, Period = period, PeriodStart = period.Start, Value = value });
                }
                else
                {
                    stored.Value = value;
                    stored.Suppression = null;
                }
            }

            return await db.SaveChangesAsync();
        });
        HttpClient client = await app.SignInAsync(WaymarkApp.Member);

        (_, string list) = await client.GetPageAsync("/indicators?gaps=widening");
        (_, string page) = await client.GetPageAsync($"/indicators/{id}");

        Assert.Equal(2, Html.Count(list, "data-widening="));
        Assert.Equal($"NEET_NK_16_17 {Title} 2022 SEN status: EHC plan All young people 5.8 4.1", Html.Row(list, "data-widening=\"NEET_NK_16_17 ehcp all\""));
        Assert.Equal($"NEET_NK_16_17 {Title} 2022 SEN status: EHC plan No SEN 6.8 6.0", Html.Row(list, "data-widening=\"NEET_NK_16_17 ehcp complement\""));
        Assert.Equal("EHC plan (against No SEN) 12.0 13.6 5.8 Widening 3.9 6.8 Widening 4.4", Html.Row(page, "data-group=\"ehcp\""));
        Assert.Equal("No SEN 6.0 6.8 -1.0 Narrowing -0.5 not applicable not applicable not applicable", Html.Row(page, "data-group=\"no_sen\""));
    }
}
