using System.Globalization;
using System.Net;

using Microsoft.EntityFrameworkCore;

using Waymark.Data.Framework;

namespace Waymark.Web.Tests.Admin;

/// <summary>Priorities from the administration pages: their people chosen from the users, their errors in GOV.UK style, and a stale form refused.</summary>
public sealed class PriorityAdministrationTests(WaymarkApp app) : IClassFixture<WaymarkApp>
{
    [Fact]
    public async Task PriorityForm_WithBadFields_ShowsEachErrorAndAddsNothing()
    {
        HttpClient admin = await app.SignInAsync(WaymarkApp.Administrator);
        string member = await UserIdAsync(WaymarkApp.Member);
        int before = await app.WithDbAsync(db => db.Priorities.CountAsync());

        HttpResponseMessage response = await admin.PostFormAsync("/admin/priorities/edit", "/admin/priorities/edit", new()
        {
            ["PlanId"] = "",
            ["Code"] = " ",
            ["Title"] = "",
            ["LeadOfficerId"] = member,
        });
        string html = await response.Content.ReadAsStringAsync();

        Assert.Contains("<a href=\"#plan\">Select the plan the priority belongs to</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#code\">Enter a code, such as HW-3a</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#title\">Enter a title</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#lead-officer\">Select an accountable officer as the lead officer, or none yet</a>", html, StringComparison.Ordinal);
        Assert.Contains("<p id=\"title-error\" class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">Error:</span> Enter a title</p>", html, StringComparison.Ordinal);
        Assert.Equal(before, await app.WithDbAsync(db => db.Priorities.CountAsync()));
    }

    [Fact]
    public async Task PriorityForm_CodeAlreadyInThePlan_IsRefusedNamingIt()
    {
        HttpClient admin = await app.SignInAsync(WaymarkApp.Administrator);
        string plan = await PlanIdAsync();

        HttpResponseMessage response = await admin.PostFormAsync("/admin/priorities/edit", "/admin/priorities/edit", new() { ["PlanId"] = plan, ["Code"] = "HW-3a", ["Title"] = "Again" });

        Assert.Contains("<a href=\"#code\">LSP already has a priority with the code HW-3a</a>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PriorityForm_NewPriority_IsListedWithItsPeopleBoardsAndRisk()
    {
        HttpClient admin = await app.SignInAsync(WaymarkApp.Administrator);
        int board = await app.WithDbAsync(db => db.Boards.Where(b => b.Name == WaymarkApp.Board).Select(b => b.Id).SingleAsync());

        HttpResponseMessage saved = await admin.PostFormAsync("/admin/priorities/edit", "/admin/priorities/edit", new()
        {
            ["PlanId"] = await PlanIdAsync(),
            ["Code"] = "HW-9z",
            ["Title"] = "Fewer children missing from education",
            ["LeadOfficerId"] = await UserIdAsync(WaymarkApp.AccountableOfficer),
            ["DirectorId"] = await UserIdAsync(WaymarkApp.Director),
            ["Officers"] = await UserIdAsync(WaymarkApp.OtherDataOfficer),
            ["Partners"] = "West Yorkshire Police\r\n\r\nNHS Leeds\r\n",
            ["Boards"] = board.ToString(CultureInfo.InvariantCulture),
            ["HighRisk"] = "true",
        });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        (_, string list) = await admin.GetPageAsync("/admin/priorities");
        Assert.Equal($"HW-9z Fewer children missing from education Helen Carter Catherine Walsh {WaymarkApp.Board} Yes Change HW-9z", Html.Row(list, "data-priority=\"HW-9z\""));
        Priority stored = await app.WithDbAsync(db => db.Priorities.Include(p => p.Contributors).SingleAsync(p => p.Code == "HW-9z"));
        Assert.Equal(["officer Jo Taylor", "partner NHS Leeds", "partner West Yorkshire Police"], stored.Contributors.Select(c => c.Kind + " " + c.Name).Order(StringComparer.Ordinal));

        (_, string form) = await admin.GetPageAsync($"/admin/priorities/edit/{stored.Id}");
        Assert.Equal("West Yorkshire Police NHS Leeds", Html.Row(form, "id=\"partners\""));
    }

    [Fact]
    public async Task PriorityForm_ChangedByAnotherMeanwhile_ShowsTheirsAndSavesNothing()
    {
        HttpClient admin = await app.SignInAsync(WaymarkApp.Administrator);
        Priority before = await app.WithDbAsync(db => db.Priorities.AsNoTracking().SingleAsync(p => p.Code == "TP-4a"));
        string page = $"/admin/priorities/edit/{before.Id}";
        Dictionary<string, string> fields = new()
        {
            ["PlanId"] = before.PlanId.ToString(CultureInfo.InvariantCulture),
            ["Code"] = "TP-4a",
            ["Title"] = "My title",
            ["Version"] = before.ConcurrencyVersion.ToString(CultureInfo.InvariantCulture),
        };

        await app.WithDbAsync(async db =>
        {
            Priority theirs = await db.Priorities.SingleAsync(p => p.Id == before.Id);
            theirs.Title = "Their title";
            return await db.SaveChangesAsync();
        });
        HttpResponseMessage response = await admin.PostFormAsync(page, page, fields);
        string html = await response.Content.ReadAsStringAsync();

        Assert.Contains("<a href=\"#code\">Someone else changed TP-4a while you were editing it. Your changes have not been saved: check theirs below, then save again to replace them</a>", html, StringComparison.Ordinal);
        Assert.StartsWith("The priority as it is now TP-4a: Their title.", Html.Row(html, "id=\"theirs\""), StringComparison.Ordinal);
        Assert.Contains("value=\"My title\"", html, StringComparison.Ordinal);
        Assert.Equal("Their title", await app.WithDbAsync(db => db.Priorities.Where(p => p.Id == before.Id).Select(p => p.Title).SingleAsync()));
    }

    [Fact]
    public async Task PriorityForm_OnlyBoardsChanged_StillMakesAnOlderFormStale()
    {
        HttpClient admin = await app.SignInAsync(WaymarkApp.Administrator);
        Priority before = await app.WithDbAsync(db => db.Priorities.AsNoTracking().Include(p => p.Boards).SingleAsync(p => p.Code == "HW-3a"));
        string page = $"/admin/priorities/edit/{before.Id}";
        string version = before.ConcurrencyVersion.ToString(CultureInfo.InvariantCulture);
        Dictionary<string, string> Fields() => new()
        {
            ["PlanId"] = before.PlanId.ToString(CultureInfo.InvariantCulture),
            ["Code"] = before.Code,
            ["Title"] = before.Title,
            ["Version"] = version,
        };

        HttpResponseMessage first = await admin.PostFormAsync(page, page, Fields());
        HttpResponseMessage second = await admin.PostFormAsync(page, page, Fields());

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.PriorityBoards.CountAsync(b => b.PriorityId == before.Id)));
        Assert.Contains("Someone else changed HW-3a while you were editing it", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before.ConcurrencyVersion + 1, await app.WithDbAsync(db => db.Priorities.Where(p => p.Id == before.Id).Select(p => p.ConcurrencyVersion).SingleAsync()));
    }

    private Task<string> PlanIdAsync() => app.WithDbAsync(db => db.Plans.Where(p => p.Code == "LSP").Select(p => p.Id.ToString()).SingleAsync());

    private Task<string> UserIdAsync(string email) => app.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id.ToString()).SingleAsync());
}
