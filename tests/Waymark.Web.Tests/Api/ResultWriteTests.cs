using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

using Microsoft.EntityFrameworkCore;

using Waymark.Periods;

namespace Waymark.Web.Tests.Api;

/// <summary>Writing results through the API with a token: the quarterly return's checks, and stale writes refused.</summary>
public sealed class ResultWriteTests(WaymarkApp app) : IClassFixture<WaymarkApp>
{
    [Fact]
    public async Task Post_ThenStalePut_IsRefusedWithTheCurrentValuesAndSavesNothing()
    {
        HttpClient owner = await app.TokenClientAsync(WaymarkApp.DataOfficer);
        HttpClient administrator = await app.TokenClientAsync(WaymarkApp.Administrator);
        int id = await app.IndicatorIdAsync("NI 66");

        HttpResponseMessage created = await owner.PostAsJsonAsync($"/api/indicators/{id}/results", new { period = "2011/12 Q1", value = 91.04m, commentary = "On track." });
        JsonElement saved = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("91.0", saved.GetProperty("value").GetRawText());
        Assert.Equal(WaymarkApp.DataOfficer, saved.GetProperty("entered_by").GetString());
        int version = saved.GetProperty("version").GetInt32();

        HttpResponseMessage theirs = await administrator.PutAsJsonAsync($"/api/indicators/{id}/results", new { period = "2011/12 Q1", value = 88.5m, commentary = "Revised.", version });
        Assert.Equal(HttpStatusCode.OK, theirs.StatusCode);

        HttpResponseMessage stale = await owner.PutAsJsonAsync($"/api/indicators/{id}/results", new { period = "2011/12 Q1", value = 92.0m, commentary = "Mine.", version });
        JsonElement conflict = JsonDocument.Parse(await stale.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        JsonElement current = conflict.GetProperty("current");
        Assert.Equal("88.5", current.GetProperty("value").GetRawText());
        Assert.Equal("Revised.", current.GetProperty("commentary").GetString());
        Assert.Equal(WaymarkApp.Administrator, current.GetProperty("entered_by").GetString());
        Assert.Equal(version + 1, current.GetProperty("version").GetInt32());
        Assert.Equal(88.5m, await StoredValueAsync(id, "2011/12 Q1"));

        HttpResponseMessage again = await owner.PutAsJsonAsync($"/api/indicators/{id}/results", new { period = "2011/12 Q1", value = 92.0m, commentary = "Mine.", version = version + 1 });
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(92.0m, await StoredValueAsync(id, "2011/12 Q1"));
    }

    [Fact]
    public async Task Post_ForAPeriodWithAResult_Is409WithTheStoredResult()
    {
        HttpClient owner = await app.TokenClientAsync(WaymarkApp.DataOfficer);
        int id = await app.IndicatorIdAsync("NI 66");

        HttpResponseMessage response = await owner.PostAsJsonAsync($"/api/indicators/{id}/results", new { period = "2008/09 Q3", value = 99.0m });
        JsonElement current = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("current");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("77.4", current.GetProperty("value").GetRawText());
        Assert.Equal("amber", current.GetProperty("rating").GetString());
        Assert.Equal(77.4m, await StoredValueAsync(id, "2008/09 Q3"));
    }

    [Fact]
    public async Task Post_BadFigures_Is400NamingEachField()
    {
        HttpClient owner = await app.TokenClientAsync(WaymarkApp.DataOfficer);
        int id = await app.IndicatorIdAsync("NI 66");

        HttpResponseMessage response = await owner.PostAsJsonAsync($"/api/indicators/{id}/results", new { period = "2011/12 Q5", value = "eight", numerator = "many", data_quality = "fine" });
        JsonElement problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        JsonElement errors = problem.GetProperty("errors");
        Assert.Equal(["data_quality", "numerator", "period", "value"], errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
        Assert.Equal("The result must be a number, like 87.4", errors.GetProperty("value")[0].GetString());
        Assert.Equal("The numerator must be a number, like 87.4", errors.GetProperty("numerator")[0].GetString());
        Assert.Equal("Select whether the result is fit to rate: ok or withheld", errors.GetProperty("data_quality")[0].GetString());
    }

    [Theory]
    [InlineData("6,5", "The result must be a number, like 6.5: use a point for decimals and commas only between thousands (you entered 6,5)")]
    [InlineData("1,2,3", "The result must be a number, like 123: use a point for decimals and commas only between thousands (you entered 1,2,3)")]
    [InlineData("87%", "The result must be a number, like 87: leave out the % sign (the unit says it is a percentage) (you entered 87%)")]
    public async Task Post_FigureWrittenAnotherWay_Is400SayingWhatToChange(string value, string message)
    {
        HttpClient owner = await app.TokenClientAsync(WaymarkApp.DataOfficer);
        int id = await app.IndicatorIdAsync("NI 66");

        HttpResponseMessage response = await owner.PostAsJsonAsync($"/api/indicators/{id}/results", new { period = "2011/12 Q2", value });
        JsonElement errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(message, errors.GetProperty("value")[0].GetString());
    }

    [Fact]
    public async Task Post_TextWithThousandsSeparatedAndDataQualityInCapitals_IsSaved()
    {
        HttpClient administrator = await app.TokenClientAsync(WaymarkApp.Administrator);
        int id = await app.IndicatorIdAsync("NI 111");

        HttpResponseMessage response = await administrator.PostAsJsonAsync($"/api/indicators/{id}/results", new { period = "2011/12 Q1", value = "1,234", data_quality = "Withheld" });
        JsonElement saved = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("1234", saved.GetProperty("value").GetRawText());
        Assert.Equal("withheld", saved.GetProperty("data_quality").GetString());
        Assert.Equal(1234m, await StoredValueAsync(id, "2011/12 Q1"));
    }

    [Fact]
    public async Task Post_AmberWithoutCommentary_Is400AskingForCommentary()
    {
        HttpClient owner = await app.TokenClientAsync(WaymarkApp.DataOfficer);
        int id = await app.IndicatorIdAsync("NI 66");

        HttpResponseMessage response = await owner.PostAsJsonAsync($"/api/indicators/{id}/results", new { period = "2009/10 Q4", value = 1.0m });
        JsonElement errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("Enter commentary: the result is", errors.GetProperty("commentary")[0].GetString(), StringComparison.Ordinal);
    }

    private Task<decimal?> StoredValueAsync(int id, string period)
    {
        ReportingPeriod p = ReportingPeriod.Parse(period);
        return app.WithDbAsync(db => db.Results.Where(r => r.IndicatorId == id && r.Period == p).Select(r => r.Value).SingleAsync());
    }
}
