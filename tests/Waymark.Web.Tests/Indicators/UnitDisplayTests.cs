using Waymark.Data.Measures;
using Waymark.Indicators;
using Waymark.Periods;

namespace Waymark.Web.Tests.Indicators;

/// <summary>A value on the pages is written with its unit, as the reports write it.</summary>
public sealed class UnitDisplayTests(WaymarkApp app) : IClassFixture<WaymarkApp>
{
    private static readonly ReportingPeriod Q3 = ReportingPeriod.Parse("2010/11 Q3");

    [Theory]
    [InlineData("DAYS-14", Unit.Days, 0, "14", "14 days")]
    [InlineData("DAYS-1", Unit.Days, 0, "1", "1 day")]
    [InlineData("COST-1250", Unit.Currency, 0, "1250", "£1,250")]
    [InlineData("COST-SAVED", Unit.Currency, 2, "-1250.5", "-£1,250.50")]
    [InlineData("COUNT-1452", Unit.Number, 0, "1452", "1,452")]
    public async Task Indicator_LatestResult_IsShownWithItsUnit(string code, Unit unit, int decimals, string value, string shown)
    {
        int id = await AddIndicatorAsync(code, unit, decimals, decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture));
        HttpClient client = await app.SignInAsync(WaymarkApp.Member);

        (_, string html) = await client.GetPageAsync($"/indicators/{id}");

        Assert.StartsWith($"Result {shown} Rating", Html.Row(html, "id=\"latest\""), StringComparison.Ordinal);
    }

    private Task<int> AddIndicatorAsync(string code, Unit unit, int decimals, decimal value) => app.WithDbAsync(async db =>
    {
        var indicator = new Indicator
        {
            Code = code,
            Definition = new StoredDefinition
            {
                Title = "Written with its unit",
                Unit = unit,
                Polarity = Polarity.None,
                Frequency = Frequency.Quarterly,
                Aggregation = Aggregation.Snapshot,
                Tolerance = Tolerance.Parse("5%"),
                Decimals = decimals,
                YearType = YearType.Financial,
            },
        };
        db.Indicators.Add(indicator);
        await db.SaveChangesAsync();
        db.Results.Add(new Result { IndicatorId = indicator.Id, Period = Q3, PeriodStart = Q3.Start, Value = value, EnteredBy = "test", EnteredAt = DateTimeOffset.UnixEpoch });
        await db.SaveChangesAsync();
        return indicator.Id;
    });
}
