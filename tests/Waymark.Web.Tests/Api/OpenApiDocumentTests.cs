using System.Net;
using System.Text.Json;

using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Waymark.Web.Tests.Api;

/// <summary>The OpenAPI description at /api/openapi.json describes every endpoint of the API, its parameters and responses.</summary>
public sealed class OpenApiDocumentTests(WaymarkApp app) : IClassFixture<WaymarkApp>
{
    [Fact]
    public async Task Document_DescribesEveryApiEndpoint()
    {
        JsonElement paths = (await DocumentAsync()).GetProperty("paths");
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true && e.RoutePattern.RawText != "/api/openapi.json")
            .SelectMany(e => e.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods.Select(m => (Path: e.RoutePattern.RawText!.Replace(":int", string.Empty, StringComparison.Ordinal), Method: m.ToLowerInvariant())))
            .ToList();

        Assert.Equal(11, endpoints.Count);
        Assert.All(endpoints, e =>
        {
            Assert.True(paths.TryGetProperty(e.Path, out JsonElement path), $"{e.Path} is not described");
            Assert.True(path.TryGetProperty(e.Method, out JsonElement operation), $"{e.Method} {e.Path} is not described");
            Assert.True(operation.GetProperty("responses").TryGetProperty("401", out _), $"{e.Method} {e.Path} does not describe 401");
            Assert.False(string.IsNullOrEmpty(operation.GetProperty("summary").GetString()));
        });
    }

    [Fact]
    public async Task Document_DescribesTheFiltersAndTheWriteResponses()
    {
        JsonElement paths = (await DocumentAsync()).GetProperty("paths");

        JsonElement list = paths.GetProperty("/api/indicators").GetProperty("get");
        Assert.Equal(["assurance", "board", "period", "priority", "rating", "variation"], list.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()).Order(StringComparer.Ordinal));
        JsonElement benchmark = paths.GetProperty("/api/benchmarks").GetProperty("get");
        Assert.Equal(["area", "measure", "model", "period"], benchmark.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()).Order(StringComparer.Ordinal));
        JsonElement funnel = paths.GetProperty("/api/funnels").GetProperty("get");
        Assert.Equal(["measure", "period"], funnel.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()).Order(StringComparer.Ordinal));
        Assert.Equal(["200", "400", "401", "403", "404"], funnel.GetProperty("responses").EnumerateObject().Select(r => r.Name).Order(StringComparer.Ordinal));
        JsonElement assessments = paths.GetProperty("/api/assessments").GetProperty("get");
        Assert.Equal(["framework", "period"], assessments.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()).Order(StringComparer.Ordinal));
        Assert.Equal(["200", "400", "401", "403", "404"], assessments.GetProperty("responses").EnumerateObject().Select(r => r.Name).Order(StringComparer.Ordinal));
        JsonElement put = paths.GetProperty("/api/indicators/{id}/results").GetProperty("put");
        Assert.Equal(["200", "201", "400", "401", "403", "404", "409"], put.GetProperty("responses").EnumerateObject().Select(r => r.Name).Order(StringComparer.Ordinal));
        Assert.True(put.GetProperty("requestBody").GetProperty("content").TryGetProperty("application/json", out _));
    }

    [Fact]
    public async Task Document_DeclaresTheTokenAndCookieSchemes()
    {
        JsonElement schemes = (await DocumentAsync()).GetProperty("components").GetProperty("securitySchemes");

        JsonElement bearer = schemes.GetProperty("personal_access_token");
        Assert.Equal(("http", "bearer"), (bearer.GetProperty("type").GetString(), bearer.GetProperty("scheme").GetString()));
        JsonElement cookie = schemes.GetProperty("session_cookie");
        Assert.Equal(("apiKey", "cookie", "waymark-session"), (cookie.GetProperty("type").GetString(), cookie.GetProperty("in").GetString(), cookie.GetProperty("name").GetString()));
        Assert.Equal(["personal_access_token", "session_cookie"], schemes.EnumerateObject().Select(s => s.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Document_EveryOperationNeedsTheTokenOrTheCookieAndSaysWhatARefusalIs()
    {
        JsonElement paths = (await DocumentAsync()).GetProperty("paths");
        var operations = paths.EnumerateObject().SelectMany(p => p.Value.EnumerateObject().Select(o => (Name: $"{o.Name} {p.Name}", Operation: o.Value))).ToList();

        Assert.Equal(11, operations.Count);
        Assert.All(operations, o =>
        {
            List<string[]> security = [.. o.Operation.GetProperty("security").EnumerateArray().Select(r => r.EnumerateObject().Select(s => s.Name).ToArray())];
            Assert.Equal([["personal_access_token"], ["session_cookie"]], security);
            Assert.StartsWith("Not signed in", o.Operation.GetProperty("responses").GetProperty("401").GetProperty("description").GetString(), StringComparison.Ordinal);
        });
        Assert.All(operations, o => Assert.Contains(
            "authenticator app",
            o.Operation.GetProperty("responses").GetProperty("403").GetProperty("description").GetString(),
            StringComparison.Ordinal));
        JsonElement forbidden = paths.GetProperty("/api/indicators/{id}/results").GetProperty("put").GetProperty("responses").GetProperty("403");
        Assert.StartsWith("Signed in, but not allowed to do this: results are entered by the indicator's owner or an administrator; an administrator who must use codes", forbidden.GetProperty("description").GetString(), StringComparison.Ordinal);
        JsonElement read = paths.GetProperty("/api/indicators").GetProperty("get").GetProperty("responses").GetProperty("403");
        Assert.StartsWith("An administrator who must use codes from an authenticator app", read.GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Document_NamesPropertiesInSnakeCase()
    {
        JsonElement schemas = (await DocumentAsync()).GetProperty("components").GetProperty("schemas");

        JsonElement benchmark = schemas.GetProperty("BenchmarkJson").GetProperty("properties");
        Assert.Equal(
            ["area", "area_name", "england", "measure", "neighbours_with_data", "of", "period", "quartile", "rank", "region", "statistical_neighbours", "value"],
            benchmark.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal(
            ["area", "area_name", "council", "count", "denominator", "lower_95", "lower_998", "outcome", "position", "upper_95", "upper_998", "value", "words"],
            schemas.GetProperty("FunnelAreaJson").GetProperty("properties").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.True(schemas.GetProperty("FunnelJson").GetProperty("properties").TryGetProperty("beyond_95_only", out _));
        Assert.True(schemas.GetProperty("ResultJson").GetProperty("properties").TryGetProperty("predicted_year_end", out _));
        Assert.Equal(
            ["block", "block_group", "indicators", "judged_by_inspection", "moves", "predicted_provisional", "predicted_reason", "predicted_score", "prediction_note", "provisional", "provisional_reason", "score", "state", "what_would_move_it"],
            schemas.GetProperty("AssessmentBlockJson").GetProperty("properties").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    private async Task<JsonElement> DocumentAsync()
    {
        HttpResponseMessage response = await app.Anonymous().GetAsync("/api/openapi.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }
}
