using System.Globalization;
using System.Net;

using Microsoft.EntityFrameworkCore;

using Waymark.Data.Framework;

namespace Waymark.Web.Tests.Admin;

/// <summary>Boards from the administration pages: what reports to them, their meetings, their errors, and a stale form refused.</summary>
public sealed class BoardAdministrationTests(WaymarkApp app) : IClassFixture<WaymarkApp>
{
    [Fact]
    public async Task BoardForm_EmptyOrTakenName_IsRefused()
    {
        HttpClient admin = await app.SignInAsync(WaymarkApp.Administrator);
        int before = await app.WithDbAsync(db => db.Boards.CountAsync());

        HttpResponseMessage empty = await admin.PostFormAsync("/admin/boards/edit", "/admin/boards/edit", new() { ["Name"] = " " });
        HttpResponseMessage taken = await admin.PostFormAsync("/admin/boards/edit", "/admin/boards/edit", new() { ["Name"] = WaymarkApp.Board });

        Assert.Contains("<a href=\"#name\">Enter the board&#x27;s name</a>", await empty.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("<a href=\"#name\">A board called Children&#x27;s Services Scrutiny Board already exists</a>", await taken.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await app.WithDbAsync(db => db.Boards.CountAsync()));
    }

    [Fact]
    public async Task BoardForm_NewBoard_IsListedWithWhatReportsToIt()
    {
        HttpClient admin = await app.SignInAsync(WaymarkApp.Administrator);
        int priority = await app.WithDbAsync(db => db.Priorities.Where(p => p.Code == "HW-1d/CYPP 7").Select(p => p.Id).SingleAsync());
        int ni66 = await app.IndicatorIdAsync("NI 66");
        int ni67 = await app.IndicatorIdAsync("NI 67");

        HttpResponseMessage saved = await admin.PostFormAsync("/admin/boards/edit", "/admin/boards/edit", new()
        {
            ["Name"] = "Health and Wellbeing Board",
            ["Priorities"] = priority.ToString(CultureInfo.InvariantCulture),
        });
        Board board = await app.WithDbAsync(db => db.Boards.AsNoTracking().SingleAsync(b => b.Name == "Health and Wellbeing Board"));
        string page = $"/admin/boards/edit/{board.Id}";
        HttpResponseMessage changed = await PostWithIndicatorsAsync(admin, page, "Health and Wellbeing Board", priority, [ni66, ni67], board.ConcurrencyVersion);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        (_, string list) = await admin.GetPageAsync("/admin/boards");
        Assert.Equal("Health and Wellbeing Board 1 2 None Change Health and Wellbeing Board", Html.Row(list, "data-board=\"Health and Wellbeing Board\""));
        (_, string edit) = await admin.GetPageAsync(page);
        Assert.Contains($"value=\"{ni66}\" checked=\"checked\"", edit, StringComparison.Ordinal);
        Assert.Equal("The reporting calendar has no meetings of this board.", Html.Row(edit, "id=\"no-meetings\""));
        Assert.Equal([priority], await app.WithDbAsync(db => db.PriorityBoards.Where(p => p.BoardId == board.Id).Select(p => p.PriorityId).ToListAsync()));
    }

    [Fact]
    public async Task BoardForm_ExistingBoard_ShowsItsMeetingsFromTheCalendar()
    {
        HttpClient admin = await app.SignInAsync(WaymarkApp.Administrator);
        int board = await app.WithDbAsync(db => db.Boards.Where(b => b.Name == WaymarkApp.Board).Select(b => b.Id).SingleAsync());
        DateOnly latest = await app.WithDbAsync(db => db.Meetings.Where(m => m.BoardId == board).MaxAsync(m => m.Date));
        int meetings = await app.WithDbAsync(db => db.Meetings.CountAsync(m => m.BoardId == board));

        (HttpStatusCode status, string html) = await admin.GetPageAsync($"/admin/boards/edit/{board}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(meetings, Html.Count(html, "data-meeting="));
        Assert.StartsWith(latest.ToString("d MMMM yyyy", CultureInfo.InvariantCulture), Html.Row(html, $"data-meeting=\"{latest:yyyy-MM-dd}\""), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BoardForm_ChangedByAnotherMeanwhile_ShowsTheirsAndSavesNothing()
    {
        HttpClient admin = await app.SignInAsync(WaymarkApp.Administrator);
        HttpResponseMessage added = await admin.PostFormAsync("/admin/boards/edit", "/admin/boards/edit", new() { ["Name"] = "Corporate Parenting Board" });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Board before = await app.WithDbAsync(db => db.Boards.AsNoTracking().SingleAsync(b => b.Name == "Corporate Parenting Board"));
        int ni66 = await app.IndicatorIdAsync("NI 66");
        string page = $"/admin/boards/edit/{before.Id}";

        HttpResponseMessage theirs = await PostWithIndicatorsAsync(admin, page, "Corporate Parenting Board", null, [ni66], before.ConcurrencyVersion);
        HttpResponseMessage mine = await PostWithIndicatorsAsync(admin, page, "Corporate Parenting Panel", null, [], before.ConcurrencyVersion);
        string html = await mine.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Redirect, theirs.StatusCode);
        Assert.Contains("<a href=\"#name\">Someone else changed Corporate Parenting Board while you were editing it. Your changes have not been saved: check theirs below, then save again to replace them</a>", html, StringComparison.Ordinal);
        Assert.Equal("The board as it is now Corporate Parenting Board. Priorities: none. Indicators: NI 66.", Html.Row(html, "id=\"theirs\""));
        Assert.Equal("Corporate Parenting Board", await app.WithDbAsync(db => db.Boards.Where(b => b.Id == before.Id).Select(b => b.Name).SingleAsync()));
        Assert.Equal([ni66], await app.WithDbAsync(db => db.IndicatorBoards.Where(i => i.BoardId == before.Id).Select(i => i.IndicatorId).ToListAsync()));
    }

    [Fact]
    public async Task BoardForm_AddingAndRemovingAPriority_ChangesThatPrioritysVersion()
    {
        HttpClient admin = await app.SignInAsync(WaymarkApp.Administrator);
        Priority priority = await app.WithDbAsync(db => db.Priorities.AsNoTracking().Where(p => p.Code != "HW-1d/CYPP 7").OrderBy(p => p.Code).FirstAsync());
        HttpResponseMessage added = await admin.PostFormAsync("/admin/boards/edit", "/admin/boards/edit", new()
        {
            ["Name"] = "Schools Forum",
            ["Priorities"] = priority.Id.ToString(CultureInfo.InvariantCulture),
        });
        Board board = await app.WithDbAsync(db => db.Boards.AsNoTracking().SingleAsync(b => b.Name == "Schools Forum"));
        int joined = await app.WithDbAsync(db => db.Priorities.Where(p => p.Id == priority.Id).Select(p => p.ConcurrencyVersion).SingleAsync());

        HttpResponseMessage removed = await PostWithIndicatorsAsync(admin, $"/admin/boards/edit/{board.Id}", "Schools Forum", null, [], board.ConcurrencyVersion);
        int left = await app.WithDbAsync(db => db.Priorities.Where(p => p.Id == priority.Id).Select(p => p.ConcurrencyVersion).SingleAsync());

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal((priority.ConcurrencyVersion + 1, priority.ConcurrencyVersion + 2), (joined, left));
        Assert.Empty(await app.WithDbAsync(db => db.PriorityBoards.Where(p => p.BoardId == board.Id).ToListAsync()));
    }

    private static async Task<HttpResponseMessage> PostWithIndicatorsAsync(HttpClient client, string page, string name, int? priority, int[] indicators, int version)
    {
        var fields = new List<KeyValuePair<string, string>> { new("Name", name), new("Version", version.ToString(CultureInfo.InvariantCulture)) };
        if (priority is int p)
        {
            fields.Add(new("Priorities", p.ToString(CultureInfo.InvariantCulture)));
        }

        fields.AddRange(indicators.Select(i => new KeyValuePair<string, string>("Indicators", i.ToString(CultureInfo.InvariantCulture))));
        string html = await client.GetStringAsync(page);
        string token = System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value);
        fields.Add(new("__RequestVerificationToken", token));
        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync(page, content);
    }
}
