using System.Net;
using System.Text.Json;

using static Waymark.Web.Tests.Api.ApiFiguresTests;

namespace Waymark.Web.Tests.Api;

/// <summary>GET /api/assessments over the demo council: the same scores, bands and moves as the assessments page and <c>waymark assess</c>.</summary>
public sealed class ApiAssessmentTests(WaymarkApp app) : IClassFixture<WaymarkApp>
{
    [Fact]
    public async Task CurrentFramework_AtQ3_GivesEachBlockItsBandsAndMoves()
    {
        HttpClient client = await app.TokenClientAsync(WaymarkApp.Member);

        JsonElement a = await GetJsonAsync(client, "/api/assessments?period=2010/11 Q3");

        Assert.Equal(("Children's Services self-assessment", "2010/11", "Self-assessment 2010/11", "2010/11 Q3", true), (a.GetProperty("framework").GetString(), a.GetProperty("version").GetString(), a.GetProperty("round").GetString(), a.GetProperty("period").GetString(), a.GetProperty("illustrative").GetBoolean()));
        Assert.Equal(
            ["Leadership and management none not_scored none", "Safeguarding 3 computed 3 provisional", "Looked after children 3 computed 3 provisional", "Young people 2 computed 2 provisional"],
            a.GetProperty("blocks").EnumerateArray().Take(4).Select(b => $"{b.GetProperty("block").GetString()} {Score(b, "score")} {b.GetProperty("state").GetString()} {Score(b, "predicted_score")}{(b.GetProperty("predicted_provisional").GetBoolean() ? " provisional" : "")}"));
        JsonElement lac = a.GetProperty("blocks")[2];
        Assert.Equal("NI 147 falling to 89.9 moves it down to 2", lac.GetProperty("what_would_move_it").GetString());
        JsonElement ni147 = lac.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("indicator").GetString() == "NI 147");
        Assert.Equal("{\"indicator\":\"NI 147\",\"lower\":85.0,\"upper\":90.0,\"latest\":92.3,\"latest_is_new\":true,\"band\":\"top\",\"points\":3,",
            ni147.GetRawText()[..ni147.GetRawText().IndexOf("\"predicted\"", StringComparison.Ordinal)]);
        JsonElement move = lac.GetProperty("moves")[0];
        Assert.Equal("{\"indicator\":\"NI 147\",\"direction\":\"down\",\"current\":92.3,\"needed\":89.9,\"band_after\":\"middle\",\"score_after\":2}", move.GetRawText());
        Assert.Equal(("Requires improvement", "Requires improvement"), (a.GetProperty("category").GetString(), a.GetProperty("predicted_category").GetString()));
    }

    [Fact]
    public async Task Cpa2007_AtQ1_ComputesCultureAt3AndCarriesTheRestForwardAsProvisional()
    {
        HttpClient client = await app.TokenClientAsync(WaymarkApp.Partner);

        JsonElement a = await GetJsonAsync(client, "/api/assessments?framework=CPA&period=2007/08 Q1");

        Assert.Equal("CPA 2007", a.GetProperty("round").GetString());
        Assert.All(a.GetProperty("blocks").EnumerateArray().Where(b => b.GetProperty("block").GetString() != "Culture Service Assessment"), b =>
        {
            Assert.Equal("carried_forward", b.GetProperty("state").GetString());
            Assert.True(b.GetProperty("provisional").GetBoolean());
            Assert.False(string.IsNullOrEmpty(b.GetProperty("provisional_reason").GetString()));
        });
        JsonElement culture = a.GetProperty("blocks").EnumerateArray().Single(b => b.GetProperty("block").GetString() == "Culture Service Assessment");
        Assert.Equal(("computed", false, 3), (culture.GetProperty("state").GetString(), culture.GetProperty("provisional").GetBoolean(), culture.GetProperty("score").GetInt32()));
        Assert.Equal([3, 3, 3, 3, 3, 3, 3, 3], a.GetProperty("blocks").EnumerateArray().Select(b => b.GetProperty("score").GetInt32()));
        Assert.Equal(
            [null, null, null, null, null, null, "carried forward, as there is no year-end prediction for either of its 2 indicators", "carried forward, as there is no year-end prediction for either of its 2 indicators"],
            a.GetProperty("blocks").EnumerateArray().Select(b => b.GetProperty("prediction_note").GetString()));
        Assert.Equal(("4 star", true), (a.GetProperty("category").GetString(), a.GetProperty("provisional").GetBoolean()));
    }

    [Fact]
    public async Task UnknownFrameworkAndBadPeriod_Are400NamingTheField()
    {
        HttpClient client = await app.TokenClientAsync(WaymarkApp.Member);

        HttpResponseMessage framework = await client.GetAsync("/api/assessments?framework=CAA");
        HttpResponseMessage period = await client.GetAsync("/api/assessments?period=Q9");

        Assert.Equal(HttpStatusCode.BadRequest, framework.StatusCode);
        Assert.Equal(
            "'CAA' is not a stored framework: give its name or round, one of Children's Services self-assessment 2010/11, CPA 2007",
            JsonDocument.Parse(await framework.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").GetProperty("framework")[0].GetString());
        Assert.Equal(HttpStatusCode.BadRequest, period.StatusCode);
        Assert.True(JsonDocument.Parse(await period.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").TryGetProperty("period", out _));
    }

    private static string Score(JsonElement block, string name) =>
        block.GetProperty(name).ValueKind == JsonValueKind.Null ? "none" : block.GetProperty(name).GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture);
}
