using System.Net;
using System.Text;
using System.Text.Json;

namespace Waymark.Web.Tests.Api;

/// <summary>Every error the API gives is problem details in JSON, with words that say what went wrong.</summary>
public sealed class ApiErrorTests(WaymarkApp app) : IClassFixture<WaymarkApp>
{
    [Fact]
    public async Task UnknownAddress_Is404ProblemNamingIt()
    {
        HttpClient client = await app.TokenClientAsync(WaymarkApp.Member);

        (HttpResponseMessage response, JsonElement problem) = await ProblemAsync(await client.GetAsync("/api/nowhere"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(404, problem.GetProperty("status").GetInt32());
        Assert.Equal("Not found", problem.GetProperty("title").GetString());
        Assert.Contains("/api/nowhere", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoToken_Is401Problem()
    {
        (HttpResponseMessage response, JsonElement problem) = await ProblemAsync(await app.Anonymous().GetAsync("/api/indicators"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Sign-in required", problem.GetProperty("title").GetString());
        Assert.Contains("Authorization: Bearer", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteByOneWithoutTheRole_Is403Problem()
    {
        HttpClient member = await app.TokenClientAsync(WaymarkApp.Member);
        int id = await app.IndicatorIdAsync("NI 66");

        (HttpResponseMessage response, JsonElement problem) = await ProblemAsync(await member.PutAsync(
            $"/api/indicators/{id}/results", new StringContent("""{"period": "2011/12 Q1", "value": 90}""", Encoding.UTF8, "application/json")));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("Forbidden", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task UnpairedSurrogateInTheBody_Is400NamingTheProperty()
    {
        HttpClient owner = await app.TokenClientAsync(WaymarkApp.DataOfficer);
        int id = await app.IndicatorIdAsync("NI 66");

        (HttpResponseMessage response, JsonElement problem) = await ProblemAsync(await owner.PutAsync(
            $"/api/indicators/{id}/results",
            new StringContent("""{"period": "2011/12 Q2", "value": 90, "commentary": "On track \ud800"}""", Encoding.UTF8, "application/json")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        string message = problem.GetProperty("errors").GetProperty("commentary")[0].GetString()!;
        Assert.Contains("surrogate", message, StringComparison.Ordinal);
        Assert.Contains("\\ud800", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownQueryValue_Is400NamingTheValue()
    {
        HttpClient client = await app.TokenClientAsync(WaymarkApp.Member);

        (HttpResponseMessage response, JsonElement problem) = await ProblemAsync(await client.GetAsync("/api/trackers?state=nope"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(
            "'nope' is not a tracker's state: give draft, submitted, agreed or returned",
            problem.GetProperty("errors").GetProperty("state")[0].GetString());
    }

    [Fact]
    public async Task OverHttps_EveryResponseCarriesHsts()
    {
        HttpResponseMessage page = await app.Anonymous().GetAsync("/sign-in");

        Assert.Equal("max-age=31536000", string.Join(",", page.Headers.GetValues("Strict-Transport-Security")));
    }

    [Fact]
    public async Task OverPlainHttp_NoHsts()
    {
        HttpClient client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://localhost"), AllowAutoRedirect = false });

        HttpResponseMessage page = await client.GetAsync("/sign-in");

        Assert.False(page.Headers.Contains("Strict-Transport-Security"));
    }

    internal static async Task<(HttpResponseMessage Response, JsonElement Problem)> ProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return (response, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }
}

/// <summary>A failure inside the API is logged and answered with a 500 problem, never the HTML error page.</summary>
public sealed class ApiFailureTests(WaymarkApp app) : IClassFixture<WaymarkApp>
{
    [Fact]
    public async Task StoreFailure_Is500Problem()
    {
        HttpClient client = await app.TokenClientAsync(WaymarkApp.Member);
        await app.WithDbAsync(db => Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.ExecuteSqlRawAsync(db.Database, "DROP TABLE tracker_steps"));

        (HttpResponseMessage response, JsonElement problem) = await ApiErrorTests.ProblemAsync(await client.GetAsync("/api/trackers/1"));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("Something went wrong", problem.GetProperty("title").GetString());
    }
}
