using System.Net;
using System.Text.Json;

namespace Waymark.Web.Tests.Api;

/// <summary>
/// The funnel plot's figures through the API: the demo's second or subsequent child protection plans (PrevRegCPR)
/// for every LA, the same as the indicator page's funnel plot, and problem details naming a bad measure or period.
/// </summary>
public sealed class ApiFunnelTests(WaymarkApp app) : IClassFixture<WaymarkApp>
{
    // England had 15,130 of 61,840 in 2024/25 (24.4664%). At Leeds's 829 plans the limits are
    // 24.4664% ± z × √(0.244664 × 0.755336 / 829): 21.54 to 27.39 at 95% (z = 1.959964) and 19.85 to 29.08 at 99.8%
    // (z = 3.090232); Leeds's 191 (23.0%) is within them. York's 71 of 161 (44.1%) is above its upper 99.8% limit of
    // 34.94, and fewer repeat plans is better.
    [Fact]
    public async Task Funnel_SecondPlansIn2024_GivesLeedsFiguresAndLimitsAndTheLasBeyondThem()
    {
        HttpClient client = await app.TokenClientAsync(WaymarkApp.Member);

        JsonElement funnel = await ApiFiguresTests.GetJsonAsync(client, "/api/funnels?measure=PrevRegCPR&period=2024/25");

        Assert.Equal("PrevRegCPR", funnel.GetProperty("measure").GetString());
        Assert.Equal("2024/25", funnel.GetProperty("period").GetString());
        Assert.Equal("percent", funnel.GetProperty("unit").GetString());
        Assert.Equal("lower", funnel.GetProperty("polarity").GetString());
        Assert.Equal("24.47", funnel.GetProperty("centre").GetRawText());
        Assert.Equal("England", funnel.GetProperty("centre_name").GetString());
        Assert.Equal("383", funnel.GetProperty("council").GetString());
        JsonElement[] areas = [.. funnel.GetProperty("areas").EnumerateArray()];
        Assert.Equal(151, areas.Length);
        JsonElement leeds = Assert.Single(areas, a => a.GetProperty("area").GetString() == "383");
        Assert.Equal("Leeds", leeds.GetProperty("area_name").GetString());
        Assert.True(leeds.GetProperty("council").GetBoolean());
        Assert.Equal(191m, leeds.GetProperty("count").GetDecimal());
        Assert.Equal(829m, leeds.GetProperty("denominator").GetDecimal());
        Assert.Equal("23.0", leeds.GetProperty("value").GetRawText());
        Assert.Equal(("21.54", "27.39"), (leeds.GetProperty("lower_95").GetRawText(), leeds.GetProperty("upper_95").GetRawText()));
        Assert.Equal(("19.85", "29.08"), (leeds.GetProperty("lower_998").GetRawText(), leeds.GetProperty("upper_998").GetRawText()));
        Assert.Equal("within", leeds.GetProperty("position").GetString());
        Assert.Equal("similar", leeds.GetProperty("outcome").GetString());
        Assert.Equal("within the 95% limits: similar to England", leeds.GetProperty("words").GetString());
        Assert.Single(areas, a => a.GetProperty("council").GetBoolean());

        JsonElement york = Assert.Single(areas, a => a.GetProperty("area_name").GetString() == "York");
        Assert.Equal(("44.1", "34.94"), (york.GetProperty("value").GetRawText(), york.GetProperty("upper_998").GetRawText()));
        Assert.Equal(("above_998", "much_worse"), (york.GetProperty("position").GetString(), york.GetProperty("outcome").GetString()));

        JsonElement[] beyond998 = [.. funnel.GetProperty("beyond_998").EnumerateArray()];
        JsonElement[] beyond95 = [.. funnel.GetProperty("beyond_95_only").EnumerateArray()];
        Assert.Equal(26, beyond998.Length);
        Assert.Equal(35, beyond95.Length);
        Assert.Equal(11, beyond998.Count(a => a.GetProperty("outcome").GetString() == "much_worse"));
        Assert.Equal(15, beyond998.Count(a => a.GetProperty("outcome").GetString() == "much_better"));
        Assert.Contains(beyond998, a => a.GetProperty("area_name").GetString() == "York" && a.GetProperty("value").GetRawText() == "44.1");
        Assert.DoesNotContain(beyond998.Concat(beyond95), a => a.GetProperty("area").GetString() == "383");
        Assert.Equal(90, areas.Count(a => a.GetProperty("position").GetString() == "within"));
    }

    [Fact]
    public async Task Funnel_WithoutAPeriod_IsTheLatestWithLasCounts()
    {
        HttpClient client = await app.TokenClientAsync(WaymarkApp.Partner);

        JsonElement funnel = await ApiFiguresTests.GetJsonAsync(client, "/api/funnels?measure=prevregcpr");

        Assert.Equal("PrevRegCPR", funnel.GetProperty("measure").GetString());
        Assert.Equal("2024/25", funnel.GetProperty("period").GetString());
    }

    [Theory]
    [InlineData("/api/funnels", HttpStatusCode.BadRequest, "measure", "Give the measure's code, such as PrevRegCPR")]
    [InlineData("/api/funnels?measure=PrevRegCPR&period=Q5", HttpStatusCode.BadRequest, "period", "'Q5'")]
    [InlineData("/api/funnels?measure=NI 51", HttpStatusCode.BadRequest, "measure", "NI 51's unit is score, which has no funnel plot")]
    [InlineData("/api/funnels?measure=NoSuchMeasure", HttpStatusCode.NotFound, null, "There is no measure 'NoSuchMeasure' in the store")]
    [InlineData("/api/funnels?measure=PrevRegCPR&period=2005/06", HttpStatusCode.NotFound, null, "There are no LAs' counts for PrevRegCPR in 2005/06: the store has them for 2012/13, 2013/14, ")]
    [InlineData("/api/funnels?measure=NI 60", HttpStatusCode.NotFound, null, "The store has no LAs' counts and denominators for NI 60")]
    public async Task Funnel_BadMeasureOrPeriod_IsAProblemNamingIt(string url, HttpStatusCode status, string? field, string words)
    {
        HttpClient client = await app.TokenClientAsync(WaymarkApp.Member);

        HttpResponseMessage response = await client.GetAsync(url);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        JsonElement problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        string message = field is null
            ? problem.GetProperty("detail").GetString()!
            : problem.GetProperty("errors").GetProperty(field)[0].GetString()!;
        Assert.Contains(words, message, StringComparison.Ordinal);
    }
}
