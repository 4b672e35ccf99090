using System.Net;
using System.Text.Json;

using Waymark.Data.Measures;
using Waymark.Periods;

namespace Waymark.Web.Tests.Api;

/// <summary>The API gives each indicator's variation and assurance icons, in codes and words, and each result's 95% interval.</summary>
public sealed class ApiVariationTests(WaymarkApp app) : IClassFixture<WaymarkApp>
{
    [Fact]
    public async Task Results_Ni60_GiveTheWilsonIntervalOfTheResultWithANumeratorAndDenominator()
    {
        HttpClient client = await app.TokenClientAsync(WaymarkApp.Member);
        int id = await app.IndicatorIdAsync("NI 60");

        JsonElement history = await GetJsonAsync(client, $"/api/indicators/{id}/results");

        JsonElement q3 = history.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("period").GetString() == "2010/11 Q3");
        Assert.Equal("{\"level\":\"95\",\"method\":\"wilson\",\"lower\":73.52,\"upper\":77.29}", q3.GetProperty("interval").GetRawText());
    }

    [Fact]
    public async Task Results_Ni66TwelveQuarters_GiveNoIconsAndSayWhy()
    {
        HttpClient client = await app.TokenClientAsync(WaymarkApp.Member);
        int id = await app.IndicatorIdAsync("NI 66");

        JsonElement history = await GetJsonAsync(client, $"/api/indicators/{id}/results");

        JsonElement variation = history.GetProperty("variation");
        Assert.Equal(
            "{\"icon\":\"not_shown\",\"label\":\"No variation icon\",\"words\":\"No variation icon: 12 points since the limits were last worked out, fewer than the 13 needed\",\"not_shown\":\"too_few_points\"}",
            variation.GetProperty("variation").GetRawText());
        Assert.Equal("too_few_points", variation.GetProperty("assurance").GetProperty("not_shown").GetString());
        JsonElement any = history.GetProperty("results").EnumerateArray().First();
        Assert.Equal(JsonValueKind.Null, any.GetProperty("interval").ValueKind);
    }

    [Fact]
    public async Task List_VariationConcern_GivesOnlyTheIndicatorsWhoseLatestPointIsSpecialCauseConcern()
    {
        HttpClient client = await app.TokenClientAsync(WaymarkApp.Member);
        int id = await app.IndicatorIdAsync("NI 52");
        await ConcernAsync(app, id);

        JsonElement concern = await GetJsonAsync(client, "/api/indicators?period=2010/11 Q4&variation=concern");
        JsonElement all = await GetJsonAsync(client, "/api/indicators?period=2010/11 Q4");

        JsonElement line = Assert.Single(concern.GetProperty("indicators").EnumerateArray());
        Assert.Equal("NI 52", line.GetProperty("code").GetString());
        Assert.Equal("concern_low", line.GetProperty("variation").GetProperty("variation").GetProperty("icon").GetString());
        Assert.Equal("Special cause: concern, a run of 6 below the mean", line.GetProperty("variation").GetProperty("variation").GetProperty("words").GetString());
        Assert.True(all.GetProperty("indicators").GetArrayLength() > 1);
    }

    [Fact]
    public async Task List_UnknownVariation_IsABadRequestNamingTheChoices()
    {
        HttpClient client = await app.TokenClientAsync(WaymarkApp.Member);

        HttpResponseMessage response = await client.GetAsync(new Uri("/api/indicators?variation=worrying", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Variation must be concern, improvement, neither, common_cause or not_shown, not 'worrying'", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_Assurance_EachIconGivesItsOwnIndicators_AndTogetherEveryOne()
    {
        HttpClient client = await app.TokenClientAsync(WaymarkApp.Member);
        await ConcernAsync(app, await app.IndicatorIdAsync("NI 52"));

        JsonElement all = await GetJsonAsync(client, "/api/indicators?period=2010/11 Q4");
        var byIcon = new Dictionary<string, string[]>();
        foreach (string icon in new[] { "fail", "hit_or_miss", "pass", "not_shown" })
        {
            JsonElement list = await GetJsonAsync(client, $"/api/indicators?period=2010/11 Q4&assurance={icon}");
            byIcon[icon] = [.. list.GetProperty("indicators").EnumerateArray().Select(l => l.GetProperty("code").GetString()!)];
            Assert.All(list.GetProperty("indicators").EnumerateArray(), l => Assert.Equal(icon, l.GetProperty("variation").GetProperty("assurance").GetProperty("icon").GetString()));
        }

        Assert.Equal(
            all.GetProperty("indicators").EnumerateArray().Select(l => l.GetProperty("code").GetString()!).Order(StringComparer.Ordinal),
            byIcon.Values.SelectMany(c => c).Order(StringComparer.Ordinal));
        Assert.Contains("NI 52", byIcon.Values.SelectMany(c => c).Except(byIcon["not_shown"]));
    }

    [Fact]
    public async Task List_UnknownAssurance_IsABadRequestNamingTheChoices()
    {
        HttpClient client = await app.TokenClientAsync(WaymarkApp.Member);

        HttpResponseMessage response = await client.GetAsync(new Uri("/api/indicators?assurance=sure", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Assurance must be fail, hit_or_miss, pass, not_shown, not 'sure'", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>Gives an indicator (higher is better) 16 quarters to 2010/11 Q4, the last 6 below the mean: special cause concern.</summary>
    internal static Task<int> ConcernAsync(WaymarkApp app, int id) => app.WithDbAsync(async db =>
    {
        decimal[] values = [50m, 51m, 49m, 50m, 51m, 49m, 50m, 51m, 49m, 50m, 48m, 48m, 48m, 48m, 48m, 48m];
        db.Results.RemoveRange(db.Results.Where(r => r.IndicatorId == id));
        ReportingPeriod period = ReportingPeriod.Parse("2007/08 Q1");
        foreach (decimal value in values)
        {
            db.Results.Add(new Result { IndicatorId = id, Period = period, PeriodStart = period.Start, Value = value, EnteredBy = "test", EnteredAt = new DateTimeOffset(2011, 1, 10, 9, 0, 0, TimeSpan.Zero) });
            period = period.Next();
        }

        return await db.SaveChangesAsync();
    });

    private static async Task<JsonElement> GetJsonAsync(HttpClient client, string path)
    {
        HttpResponseMessage response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }
}
