using System.Net;

using Microsoft.EntityFrameworkCore;

using Waymark.Data.Areas;
using Waymark.Periods;

namespace Waymark.Web.Tests.Indicators;

/// <summary>
/// An indicator's page says, beside the quartile band, whether the latest result is better, similar or worse than
/// England, the council's region and its statistical neighbours, allowing for its confidence interval, and draws
/// each result's interval as a whisker on the trend chart.
/// </summary>
public sealed class IndicatorBenchmarkPageTests(WaymarkApp app) : IClassFixture<WaymarkApp>
{
    [Fact]
    public async Task Ni60_1509Of2000_IsComparedAtBothLevelsBesideItsQuartileBand()
    {
        HttpClient client = await app.SignInAsync(WaymarkApp.Member);
        int id = await app.IndicatorIdAsync("NI 60");
        ReportingPeriod period = ReportingPeriod.Parse("2010/11 Q3");

        // 1,509 of 2,000 is 75.45%: Wilson's 95% interval is 73.52 to 77.29 and the 99.8% one 72.36 to 78.30
        // (z = 1.95996 and 3.09023; Public Health England, "Technical Guide: Confidence intervals", 2018).
        // England's 75.0 lies inside the 95% interval; the region's 80.0 is above even the 99.8% one, which for a
        // higher-is-better indicator is much worse; the neighbours' 73.0 is below the 95% interval but inside the
        // 99.8% one: better, not much better.
        string region = await app.WithDbAsync(async db =>
        {
            int councilArea = (await db.Councils.Select(c => c.AreaId).FirstAsync())!.Value;
            Area leeds = await db.Areas.SingleAsync(a => a.Id == councilArea);
            Area yorkshire = await db.Areas.SingleAsync(a => a.Id == leeds.RegionId);
            Area england = await db.Areas.SingleAsync(a => a.Code == AreaKinds.EnglandCode);
            Area neighbours = await db.Areas.SingleAsync(a => a.Kind == AreaKinds.StatisticalNeighbours);
            List<Area> others = await db.Areas.Where(a => a.Kind == AreaKinds.LocalAuthority && a.Id != leeds.Id).OrderBy(a => a.Code).Take(7).ToListAsync();
            db.AreaValues.RemoveRange(db.AreaValues.Where(v => v.IndicatorId == id));
            void Add(Area area, decimal value) => db.AreaValues.Add(new AreaValue { IndicatorId = id, AreaId = area.Id, Period = period, PeriodStart = period.Start, Value = value });
            Add(england, 75.0m);
            Add(yorkshire, 80.0m);
            Add(neighbours, 73.0m);

            // Eight LAs with Leeds's published 75.5: three above it, four below, so it is in band B.
            Add(leeds, 75.5m);
            decimal[] values = [90m, 85m, 80m, 70m, 65m, 60m, 55m];
            for (int i = 0; i < others.Count; i++)
            {
                Add(others[i], values[i]);
            }

            await db.SaveChangesAsync();
            return yorkshire.Name;
        });

        (HttpStatusCode status, string html) = await client.GetPageAsync($"/indicators/{id}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Compared with others: Q3 2010/11", html, StringComparison.Ordinal);
        Assert.Equal("B: A is the best quarter of the 8 LAs with a figure, D the worst", Html.Row(html, "id=\"quartile-band\""));
        Assert.Equal("95%: 73.52 to 77.29; 99.8%: 72.36 to 78.30 (Wilson score)", Html.Row(html, "id=\"benchmark-interval\""));
        Assert.Equal("England 75.0%. Similar to England", Html.Row(html, "data-benchmark=\"England\""));
        Assert.Equal($"{region} 80.0%. Much worse than the region", Html.Row(html, "data-benchmark=\"the region\""));
        Assert.Equal("Statistical neighbours 73.0%. Better than statistical neighbours", Html.Row(html, "data-benchmark=\"statistical neighbours\""));

        // The trend chart has one whisker, for the one result with a numerator and a denominator, and says so.
        Assert.Equal(1, Html.Count(html, "data-mark=\"interval\""));
        Assert.Contains("data-mark=\"interval\" data-interval-period=\"2010/11 Q3\"", html, StringComparison.Ordinal);
        Assert.Contains("A whisker spans the 95% confidence interval of each of the 1 results with a numerator and denominator.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoPolarity_IsNotCompared_AndAResultWithoutNumeratorHasNoInterval()
    {
        HttpClient client = await app.SignInAsync(WaymarkApp.Member);
        int id = await app.IndicatorIdAsync("LSP-HW2Bi");
        ReportingPeriod period = ReportingPeriod.Parse("2010/11 Q4");
        await app.WithDbAsync(async db =>
        {
            Area england = await db.Areas.SingleAsync(a => a.Code == AreaKinds.EnglandCode);
            db.AreaValues.Add(new AreaValue { IndicatorId = id, AreaId = england.Id, Period = period, PeriodStart = period.Start, Value = 58.0m });
            return await db.SaveChangesAsync();
        });

        (_, string html) = await client.GetPageAsync($"/indicators/{id}");

        Assert.Equal("None: the result has no numerator and denominator", Html.Row(html, "id=\"benchmark-interval\""));
        Assert.Equal("None: no LA figures are published for this period", Html.Row(html, "id=\"quartile-band\""));
        Assert.Equal("England 58.0 per 10,000. Not compared with England", Html.Row(html, "data-benchmark=\"England\""));
        Assert.Equal(2, Html.Count(html, "data-mark=\"interval\""));
    }
}
