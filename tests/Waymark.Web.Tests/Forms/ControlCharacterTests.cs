using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

using Microsoft.EntityFrameworkCore;

using Waymark.Periods;
using Waymark.Web.Tests.Api;

namespace Waymark.Web.Tests.Forms;

/// <summary>A control character other than a tab or a line break is refused in every text a person sends, naming the field; nothing is saved.</summary>
public sealed class ControlCharacterTests(WaymarkApp app) : IClassFixture<WaymarkApp>
{
    [Fact]
    public async Task ReturnPage_CommentaryWithAControlCharacter_IsRefusedByTheFieldAndNotSaved()
    {
        HttpClient client = await app.SignInAsync(WaymarkApp.OtherDataOfficer);
        int id = await app.IndicatorIdAsync("NI 117");
        const string period = "2011/12 Q3";

        HttpResponseMessage response = await client.PostFormAsync(
            $"/indicators/{id}/return?period={Uri.EscapeDataString(period)}",
            $"/indicators/{id}/return",
            new() { ["Period"] = period, ["Version"] = string.Empty, ["Value"] = "7.0", ["DataQuality"] = "ok", ["Commentary"] = "Rising demand\u0007" });
        string html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<a href=\"#commentary\">Commentary must not contain control characters: remove the one at character 14 (U+0007)</a>", html, StringComparison.Ordinal);
        Assert.Equal("Error: Commentary must not contain control characters: remove the one at character 14 (U+0007)", Html.Row(html, "id=\"commentary-error\""));
        ReportingPeriod p = ReportingPeriod.Parse(period);
        Assert.False(await app.WithDbAsync(db => db.Results.AnyAsync(r => r.IndicatorId == id && r.Period == p)));
    }

    [Theory]
    [InlineData("Health\u001BBoard", "U+001B", 7)]
    [InlineData("Health\u0001Board", "U+0001", 7)]
    public async Task BoardForm_NameWithAControlCharacter_IsRefusedAndNotSaved(string name, string code, int position)
    {
        HttpClient admin = await app.SignInAsync(WaymarkApp.Administrator);
        int before = await app.WithDbAsync(db => db.Boards.CountAsync());

        HttpResponseMessage response = await admin.PostFormAsync("/admin/boards/edit", "/admin/boards/edit", new() { ["Name"] = name });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"<a href=\"#name\">Name must not contain control characters: remove the one at character {position} ({code})</a>", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(before, await app.WithDbAsync(db => db.Boards.CountAsync()));
    }

    [Fact]
    public async Task BoardForm_NameWithATab_IsNotRefusedForIt()
    {
        HttpClient admin = await app.SignInAsync(WaymarkApp.Administrator);

        HttpResponseMessage response = await admin.PostFormAsync("/admin/boards/edit", "/admin/boards/edit", new() { ["Name"] = "Tabbed\tBoard" });

        Assert.DoesNotContain("control characters", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_CommentaryWithAControlCharacter_Is400NamingTheProperty()
    {
        HttpClient owner = await app.TokenClientAsync(WaymarkApp.DataOfficer);
        int id = await app.IndicatorIdAsync("NI 66");

        HttpResponseMessage response = await owner.PostAsJsonAsync($"/api/indicators/{id}/results", new { period = "2011/12 Q3", value = 70.0m, commentary = "Falling\u0001", data_quality_note = "ok\u001F" });
        JsonElement errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Commentary must not contain control characters: remove the one at character 8 (U+0001)", errors.GetProperty("commentary")[0].GetString());
        Assert.Equal("Data quality note must not contain control characters: remove the one at character 3 (U+001F)", errors.GetProperty("data_quality_note")[0].GetString());
        ReportingPeriod p = ReportingPeriod.Parse("2011/12 Q3");
        Assert.False(await app.WithDbAsync(db => db.Results.AnyAsync(r => r.IndicatorId == id && r.Period == p)));
    }
}
