using System.Net;
using System.Text.Json;

namespace Waymark.Web.Tests.Api;

/// <summary>The figures the API gives for the demo council, as the published reports and the benchmark command show them.</summary>
public sealed class ApiFiguresTests(WaymarkApp app) : IClassFixture<WaymarkApp>
{
    [Fact]
    public async Task Summaries_LeedsAtQ3201011_GiveThePublishedCounts()
    {
        HttpClient client = await app.TokenClientAsync(WaymarkApp.Member);

        JsonElement summaries = await GetJsonAsync(client, "/api/summaries?period=2010/11 Q3");

        JsonElement board = Assert.Single(summaries.EnumerateArray());
        Assert.Equal("Children's Services Scrutiny Board", board.GetProperty("board").GetString());
        Assert.Equal("2010/11 Q3", board.GetProperty("period").GetString());
        Assert.Equal("{\"red\":4,\"amber\":11,\"green\":15,\"not_rated\":3,\"total\":33}", board.GetProperty("current").GetRawText());
        Assert.Equal("{\"red\":3,\"amber\":14,\"green\":13,\"not_rated\":3,\"total\":33}", board.GetProperty("predicted").GetRawText());
    }

    [Fact]
    public async Task Results_Ni66At2008Q3_AreAmberAgainstTheTargetAndPredictedRed()
    {
        HttpClient client = await app.TokenClientAsync(WaymarkApp.Partner);
        int id = await app.IndicatorIdAsync("NI 66");

        JsonElement history = await GetJsonAsync(client, $"/api/indicators/{id}/results");

        Assert.Equal("NI 66", history.GetProperty("code").GetString());
        JsonElement q3 = history.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("period").GetString() == "2008/09 Q3");
        Assert.Equal("77.4", q3.GetProperty("value").GetRawText());
        Assert.Equal("80.0", q3.GetProperty("target").GetRawText());
        Assert.Equal("amber", q3.GetProperty("rating").GetString());
        Assert.Equal(JsonValueKind.Null, q3.GetProperty("reason").ValueKind);
        Assert.Equal("70.0", q3.GetProperty("predicted_year_end").GetRawText());
        Assert.Equal("red", q3.GetProperty("predicted_rating").GetString());
    }

    [Fact]
    public async Task Indicator_Ni66_GivesItsDefinition()
    {
        HttpClient client = await app.TokenClientAsync(WaymarkApp.Director);
        int id = await app.IndicatorIdAsync("NI 66");

        JsonElement indicator = await GetJsonAsync(client, $"/api/indicators/{id}");

        Assert.Equal("NI 66", indicator.GetProperty("code").GetString());
        Assert.Equal("percent", indicator.GetProperty("unit").GetString());
        Assert.Equal("higher", indicator.GetProperty("polarity").GetString());
        Assert.Equal(1, indicator.GetProperty("decimals").GetInt32());
        Assert.Equal(WaymarkApp.DataOfficer, indicator.GetProperty("owner").GetString());
    }

    [Fact]
    public async Task Indicators_RedAtQ3201011_AreTheFourRedOnesOfTheBoard()
    {
        HttpClient client = await app.TokenClientAsync(WaymarkApp.Member);

        JsonElement list = await GetJsonAsync(client, "/api/indicators?board=Children's Services Scrutiny Board&period=2010/11 Q3&rating=red");

        Assert.Equal("2010/11 Q3", list.GetProperty("period").GetString());
        JsonElement[] red = [.. list.GetProperty("indicators").EnumerateArray()];
        Assert.Equal(4, red.Length);
        Assert.All(red, i => Assert.Equal("red", i.GetProperty("result").GetProperty("rating").GetString()));
    }

    [Fact]
    public async Task Indicators_UnknownRatingAndPeriod_Are400NamingEachField()
    {
        HttpClient client = await app.TokenClientAsync(WaymarkApp.Member);

        HttpResponseMessage response = await client.GetAsync("/api/indicators?rating=purple");
        HttpResponseMessage period = await client.GetAsync("/api/summaries?period=Q5");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        JsonElement errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.Equal("Rating must be red, amber, green or not_rated, not 'purple'", errors.GetProperty("rating")[0].GetString());
        Assert.Equal(HttpStatusCode.BadRequest, period.StatusCode);
        Assert.True(JsonDocument.Parse(await period.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").TryGetProperty("period", out _));
    }

    [Fact]
    public async Task Benchmark_LeedsChildProtectionConferencesIn2023_IsRank147Of150InQuartileD()
    {
        await app.LoadPublishedFiguresAsync();
        HttpClient client = await app.TokenClientAsync(WaymarkApp.Partner);

        JsonElement b = await GetJsonAsync(client, "/api/benchmarks?measure=CP_conf_15days&area=383&period=2023/24");

        Assert.Equal("CP_conf_15days", b.GetProperty("measure").GetString());
        Assert.Equal("2023/24", b.GetProperty("period").GetString());
        Assert.Equal("383", b.GetProperty("area").GetString());
        Assert.Equal("Leeds", b.GetProperty("area_name").GetString());
        Assert.Equal("46.3", b.GetProperty("value").GetRawText());
        Assert.Equal("79.7", b.GetProperty("england").GetRawText());
        Assert.Equal("75.1", b.GetProperty("region").GetRawText());
        Assert.Equal("77.5", b.GetProperty("statistical_neighbours").GetRawText());
        Assert.Equal(10, b.GetProperty("neighbours_with_data").GetInt32());
        Assert.Equal(147, b.GetProperty("rank").GetInt32());
        Assert.Equal(150, b.GetProperty("of").GetInt32());
        Assert.Equal("D", b.GetProperty("quartile").GetString());
    }

    [Fact]
    public async Task Benchmark_UnknownMeasure_Is400NamingTheMeasure()
    {
        await app.LoadPublishedFiguresAsync();
        HttpClient client = await app.TokenClientAsync(WaymarkApp.Partner);

        HttpResponseMessage response = await client.GetAsync("/api/benchmarks?measure=NoSuchMeasure&area=Leeds&period=2023/24");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        JsonElement errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.StartsWith("There is no measure 'NoSuchMeasure' in the store", errors.GetProperty("measure")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tracker_Cypp7At2009Q3_GivesItsRatingsAndActions()
    {
        HttpClient client = await app.TokenClientAsync(WaymarkApp.Member);
        JsonElement trackers = await GetJsonAsync(client, "/api/trackers?priority=HW-1d/CYPP 7&period=2009/10 Q3");
        JsonElement line = Assert.Single(trackers.EnumerateArray());
        Assert.Equal("HW-1d/CYPP 7", line.GetProperty("priority_code").GetString());

        JsonElement tracker = await GetJsonAsync(client, $"/api/trackers/{line.GetProperty("id").GetInt32()}");

        Assert.Equal("2009/10 Q3", tracker.GetProperty("period").GetString());
        Assert.Equal("agreed", tracker.GetProperty("state").GetString());
        Assert.Equal("amber", tracker.GetProperty("agreed_rating").GetString());
        Assert.Equal("deteriorating", tracker.GetProperty("direction").GetString());
        JsonElement[] actions = [.. tracker.GetProperty("actions").EnumerateArray()];
        Assert.Equal(2, actions.Length);
        Assert.Equal("Agree a joint plan for young people's sexual health services with NHS Leeds", actions[1].GetProperty("description").GetString());
        Assert.Equal("Helen Carter", actions[1].GetProperty("owner").GetString());
        Assert.Equal("2010-06-30", actions[1].GetProperty("due_date").GetString());
        Assert.Equal("Drop-ins running in 14 of the 19 schools.", actions[0].GetProperty("progress").GetString());
        Assert.Equal(JsonValueKind.Array, tracker.GetProperty("steps").ValueKind);
    }

    [Fact]
    public async Task Unknown_IndicatorAndTracker_Are404()
    {
        HttpClient client = await app.TokenClientAsync(WaymarkApp.Member);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/indicators/999999")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/indicators/999999/results")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/trackers/999999")).StatusCode);
    }

    internal static async Task<JsonElement> GetJsonAsync(HttpClient client, string url)
    {
        HttpResponseMessage response = await client.GetAsync(url);
        string text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} gave {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
