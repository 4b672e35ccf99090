using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

using Microsoft.EntityFrameworkCore;

using Waymark.Periods;
using Waymark.Web.Tests.Api;

namespace Waymark.Web.Tests.Indicators;

/// <summary>
/// The range an indicator's values may take: set on the administration form, shown on the indicator page, given by the
/// API, and held to by the return page and the API's result writes.
/// </summary>
public sealed class ValueRangePageTests(WaymarkApp app) : IClassFixture<WaymarkApp>
{
    private const string Default = " (the default for a percent indicator; an indicator can set its own minimum and maximum)";

    [Fact]
    public async Task OwnMinimum_SetInTheForm_IsShownGivenAndLetsANegativePercentageChangeIn()
    {
        HttpClient admin = await app.SignInAsync(WaymarkApp.Administrator);
        HttpResponseMessage added = await admin.PostFormAsync("/admin/indicators/edit", "/admin/indicators/edit", Fields("LOCAL 27", minimum: " -100 ", maximum: ""));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        int id = await app.IndicatorIdAsync("LOCAL 27");

        (_, string page) = await admin.GetPageAsync($"/indicators/{id}");
        (_, string edit) = await admin.GetPageAsync($"/admin/indicators/edit/{id}");
        JsonElement json = await ApiFiguresTests.GetJsonAsync(await app.TokenClientAsync(WaymarkApp.Member), $"/api/indicators/{id}");

        Assert.Equal("from -100 to 100", Html.Row(page, "id=\"value-range\""));
        Assert.Contains("value=\"-100\"", Input(edit, "minimum"), StringComparison.Ordinal);
        Assert.Equal(("-100", "100"), (json.GetProperty("minimum").GetRawText(), json.GetProperty("maximum").GetRawText()));

        HttpResponseMessage entered = await ReturnAsync(admin, id, "2011/12 Q1", "-16");
        HttpResponseMessage below = await ReturnAsync(admin, id, "2011/12 Q2", "-100.1");
        string belowHtml = await below.Content.ReadAsStringAsync();
        HttpClient token = await app.TokenClientAsync(WaymarkApp.Administrator);
        HttpResponseMessage apiAbove = await token.PostAsJsonAsync($"/api/indicators/{id}/results", new { period = "2011/12 Q3", value = 100.1m });
        HttpResponseMessage apiEdge = await token.PostAsJsonAsync($"/api/indicators/{id}/results", new { period = "2011/12 Q4", value = -100m });

        Assert.Equal(HttpStatusCode.Redirect, entered.StatusCode);
        Assert.Equal(HttpStatusCode.OK, below.StatusCode);
        Assert.Equal("Error: The value -100.1 is out of range for LOCAL 27, whose values must be from -100 to 100", Html.Row(belowHtml, "id=\"value-error\""));
        Assert.Equal(HttpStatusCode.BadRequest, apiAbove.StatusCode);
        Assert.Equal(
            "The value 100.1 is out of range for LOCAL 27, whose values must be from -100 to 100",
            JsonDocument.Parse(await apiAbove.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").GetProperty("value")[0].GetString());
        Assert.Equal(HttpStatusCode.Created, apiEdge.StatusCode);
        Assert.Equal(
            [("2011/12 Q1", -16m), ("2011/12 Q4", -100m)],
            (await app.WithDbAsync(db => db.Results.AsNoTracking().Where(r => r.IndicatorId == id).OrderBy(r => r.PeriodStart).Select(r => new { r.Period, r.Value }).ToListAsync()))
                .Select(r => (r.Period.ToString(), r.Value ?? 0m)));
    }

    [Fact]
    public async Task UnitsRange_IsShownAndGivenAndRefusesAFigureJustOutsideIt()
    {
        HttpClient admin = await app.SignInAsync(WaymarkApp.Administrator);
        int id = await app.IndicatorIdAsync("NI 66");

        (_, string page) = await admin.GetPageAsync($"/indicators/{id}");
        JsonElement json = await ApiFiguresTests.GetJsonAsync(await app.TokenClientAsync(WaymarkApp.Member), $"/api/indicators/{id}");
        HttpResponseMessage above = await ReturnAsync(admin, id, "2011/12 Q2", "100.1");
        HttpResponseMessage below = await (await app.TokenClientAsync(WaymarkApp.DataOfficer)).PostAsJsonAsync($"/api/indicators/{id}/results", new { period = "2011/12 Q2", value = -0.1m });

        Assert.Equal("from 0 to 100 (the unit's range)", Html.Row(page, "id=\"value-range\""));
        Assert.Equal(("0", "100"), (json.GetProperty("minimum").GetRawText(), json.GetProperty("maximum").GetRawText()));
        Assert.Equal("Error: The value 100.1 is out of range for NI 66, whose values must be from 0 to 100" + Default, Html.Row(await above.Content.ReadAsStringAsync(), "id=\"value-error\""));
        Assert.Equal(HttpStatusCode.BadRequest, below.StatusCode);
        Assert.Equal(
            "The value -0.1 is out of range for NI 66, whose values must be from 0 to 100" + Default,
            JsonDocument.Parse(await below.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").GetProperty("value")[0].GetString());
        Assert.False(await app.WithDbAsync(db => db.Results.AnyAsync(r => r.IndicatorId == id && r.Period == ReportingPeriod.Parse("2011/12 Q2"))));
    }

    [Fact]
    public async Task Form_BadMinimumOrMaximum_NamesTheFieldAndStoresNothing()
    {
        HttpClient admin = await app.SignInAsync(WaymarkApp.Administrator);

        HttpResponseMessage response = await admin.PostFormAsync("/admin/indicators/edit", "/admin/indicators/edit", Fields("LOCAL 28", minimum: "-16%", maximum: "-20"));
        string html = await response.Content.ReadAsStringAsync();
        HttpResponseMessage crossed = await admin.PostFormAsync("/admin/indicators/edit", "/admin/indicators/edit", Fields("LOCAL 28", minimum: "10", maximum: "5"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("'-16%' is not a number: leave out the % sign (the unit says it is a percentage) (for example -16)", Html.Row(html, "href=\"#minimum\""));
        Assert.Equal("The minimum 10 is above the maximum 5", Html.Row(await crossed.Content.ReadAsStringAsync(), "href=\"#minimum\""));
        Assert.False(await app.WithDbAsync(db => db.Indicators.AnyAsync(i => i.Code == "LOCAL 28")));
    }

    private static Dictionary<string, string> Fields(string code, string minimum, string maximum) => new()
    {
        ["Code"] = code,
        ["Title"] = "% reduction in violence against the person",
        ["Unit"] = "percent",
        ["Polarity"] = "higher",
        ["Frequency"] = "quarterly",
        ["Aggregation"] = "snapshot",
        ["Tolerance"] = "5%",
        ["Decimals"] = "1",
        ["Minimum"] = minimum,
        ["Maximum"] = maximum,
        ["YearType"] = "financial",
        ["OwnerId"] = "",
    };

    private static string Input(string html, string id)
    {
        int at = html.IndexOf($"id=\"{id}\"", StringComparison.Ordinal);
        int start = html.LastIndexOf("<input", at, StringComparison.Ordinal);
        return html[start..(html.IndexOf('>', at) + 1)];
    }

    private static Task<HttpResponseMessage> ReturnAsync(HttpClient client, int id, string period, string value) =>
        client.PostFormAsync($"/indicators/{id}/return?period={Uri.EscapeDataString(period)}", $"/indicators/{id}/return", new()
        {
            ["Period"] = period,
            ["Value"] = value,
            ["DataQuality"] = "ok",
            ["Commentary"] = "Checked against the force's figures.",
            ["Version"] = string.Empty,
        });
}
