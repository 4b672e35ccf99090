using System.Globalization;
using System.Net;

using Microsoft.EntityFrameworkCore;

using Waymark.Data.Assessments;
using Waymark.Trackers;

using static Waymark.Web.Tests.Security.AuthorisationMatrixTests;

namespace Waymark.Web.Tests.Security;

/// <summary>
/// The administration pages and actions (administrators only), the calendar (every signed-in role), the audit trails
/// (administrators and the indicator's owner or the tracker's lead officer) and partners' drafts of trackers: allowed,
/// forbidden (403) or sent to sign in, for every role.
/// </summary>
public sealed class AdministrationMatrixTests(WaymarkApp app) : IClassFixture<WaymarkApp>
{
    private static readonly string[] AdminPages =
        [
            "/admin", "/admin/indicators", "/admin/indicators/edit", "/admin/indicators/edit/{ni66}", "/admin/users", "/admin/users/edit", "/admin/users/edit/{member}", "/admin/uploads",
            "/admin/indicators/{ni66}/targets", "/admin/indicators/{ni66}/targets/edit", "/admin/indicators/{ni66}/targets/edit/{target}",
            "/admin/priorities", "/admin/priorities/edit", "/admin/priorities/edit/{priority}",
            "/admin/boards", "/admin/boards/edit", "/admin/boards/edit/{board}",
            "/admin/assessments", "/admin/assessments/thresholds/{threshold}",
        ];

    private static readonly string[] AdminActions =
    [
        "add-indicator", "change-indicator", "add-user", "lock-user", "upload", "confirm-upload",
        "add-target", "change-target", "remove-target", "change-tolerance", "add-priority", "change-priority", "add-board", "change-board",
    ];

    private static readonly string[] Everyone =
        [WaymarkApp.Administrator, WaymarkApp.DataOfficer, WaymarkApp.AccountableOfficer, WaymarkApp.Director, WaymarkApp.Member, WaymarkApp.Partner];

    public static TheoryData<string, string, string> Pages()
    {
        var data = new TheoryData<string, string, string>();
        foreach (string page in AdminPages)
        {
            data.Add(page, Anonymous, SignIn);
            foreach (string who in Everyone)
            {
                data.Add(page, who, who == WaymarkApp.Administrator ? Allowed : Forbidden);
            }
        }

        data.Add("/calendar", Anonymous, SignIn);
        foreach (string who in Everyone)
        {
            data.Add("/calendar", who, Allowed);
        }

        data.Add("/indicators/{ni66}/audit", Anonymous, SignIn);
        data.Add("/trackers/{tracker}/audit", Anonymous, SignIn);
        foreach (string who in Everyone.Append(WaymarkApp.OtherDataOfficer).Append(WaymarkApp.OtherAccountableOfficer))
        {
            data.Add("/indicators/{ni66}/audit", who, who is WaymarkApp.Administrator or WaymarkApp.DataOfficer ? Allowed : Forbidden);
            data.Add("/trackers/{tracker}/audit", who, who is WaymarkApp.Administrator or WaymarkApp.AccountableOfficer ? Allowed : Forbidden);
        }

        return data;
    }

    /// <summary>
    /// Posts with a valid antiforgery token: the administration forms (refused before anything is checked or saved;
    /// allowed, they find a problem with the form or a stale version and save nothing),
    /// and a partner's draft of a tracker of HW-1d/CYPP 7 (which names NHS Leeds, Nadia Rahman's organisation) and of
    /// TP-4a (which does not). A draft of an agreed tracker is refused as stale (409) once the role is allowed.
    /// </summary>
    public static TheoryData<string, string, string> Actions()
    {
        var data = new TheoryData<string, string, string>();
        foreach (string action in AdminActions)
        {
            data.Add(action, Anonymous, SignIn);
            foreach (string who in Everyone)
            {
                data.Add(action, who, who == WaymarkApp.Administrator ? Allowed : Forbidden);
            }
        }

        data.Add("save-tracker", Anonymous, SignIn);
        data.Add("save-tracker", WaymarkApp.Partner, Allowed);
        data.Add("save-tracker", WaymarkApp.AccountableOfficer, Allowed);
        data.Add("save-tracker", WaymarkApp.Administrator, Forbidden);
        data.Add("save-tracker", WaymarkApp.DataOfficer, Forbidden);
        data.Add("save-tracker", WaymarkApp.Director, Forbidden);
        data.Add("save-tracker", WaymarkApp.Member, Forbidden);
        data.Add("save-other-tracker", WaymarkApp.Partner, Forbidden);
        data.Add("submit-tracker", WaymarkApp.Partner, Forbidden);
        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_ForRole_IsAllowedOrRefused(string page, string who, string expected)
    {
        HttpClient client = who == Anonymous ? app.Anonymous() : await app.SignInAsync(who);

        HttpResponseMessage response = await client.GetAsync(await UrlAsync(page));

        Assert.Equal(expected, Outcome(response));
    }

    [Theory]
    [MemberData(nameof(Actions))]
    public async Task Action_ForRole_IsAllowedOrRefused(string action, string who, string expected)
    {
        HttpClient client = who == Anonymous ? app.Anonymous() : await app.SignInAsync(who);
        string tokenPage = who == Anonymous ? "/sign-in" : "/trackers";
        string ni66 = await UrlAsync("{ni66}");
        string member = await UrlAsync("{member}");
        string tracker = await UrlAsync("{tracker}");
        string other = await UrlAsync("{other-tracker}");
        string target = await UrlAsync("{target}");
        string priority = await UrlAsync("{priority}");
        string board = await UrlAsync("{board}");

        HttpResponseMessage response = action switch
        {
            "add-indicator" => await client.PostFormAsync(tokenPage, "/admin/indicators/edit", new() { ["Code"] = "" }),
            "change-indicator" => await client.PostFormAsync(tokenPage, $"/admin/indicators/edit/{ni66}", new() { ["Code"] = "" }),
            "add-user" => await client.PostFormAsync(tokenPage, "/admin/users/edit", new() { ["Email"] = "" }),
            "lock-user" => await client.PostFormAsync(tokenPage, $"/admin/users/edit/{member}?handler=Unlock", []),
            "upload" => await client.PostFormAsync(tokenPage, "/admin/uploads", new() { ["Kind"] = "results" }),
            "confirm-upload" => await client.PostFormAsync(tokenPage, "/admin/uploads/00000000000000000000000000000000?handler=Discard", []),
            "add-target" => await client.PostFormAsync(tokenPage, $"/admin/indicators/{ni66}/targets/edit", new() { ["Period"] = "" }),
            "change-target" => await client.PostFormAsync(tokenPage, $"/admin/indicators/{ni66}/targets/edit/{target}", new() { ["Period"] = "" }),
            "remove-target" => await client.PostFormAsync(tokenPage, $"/admin/indicators/{ni66}/targets/edit/{target}?handler=Remove", new() { ["Version"] = "-1" }),
            "change-tolerance" => await client.PostFormAsync(tokenPage, $"/admin/indicators/{ni66}/targets?handler=Tolerance", new() { ["Tolerance"] = "five" }),
            "add-priority" => await client.PostFormAsync(tokenPage, "/admin/priorities/edit", new() { ["Code"] = "" }),
            "change-priority" => await client.PostFormAsync(tokenPage, $"/admin/priorities/edit/{priority}", new() { ["Code"] = "" }),
            "add-board" => await client.PostFormAsync(tokenPage, "/admin/boards/edit", new() { ["Name"] = "" }),
            "change-board" => await client.PostFormAsync(tokenPage, $"/admin/boards/edit/{board}", new() { ["Name"] = "" }),
            "save-tracker" => await client.PostFormAsync(tokenPage, $"/trackers/{tracker}?handler=Save", new() { ["Version"] = "0" }),
            "save-other-tracker" => await client.PostFormAsync(tokenPage, $"/trackers/{other}?handler=Save", new() { ["Version"] = "0" }),
            _ => await client.PostFormAsync(tokenPage, $"/trackers/{tracker}?handler=Submit", new() { ["Version"] = "0" }),
        };

        Assert.Equal(expected, Outcome(response));
    }

    private async Task<string> UrlAsync(string page)
    {
        int ni66 = await app.IndicatorIdAsync("NI 66");
        int member = await app.WithDbAsync(db => db.Users.Where(u => u.Email == WaymarkApp.Member).Select(u => u.Id).SingleAsync());
        int tracker = await AgreedTrackerAsync("HW-1d/CYPP 7");
        int other = await AgreedTrackerAsync("TP-4a");
        int target = await app.WithDbAsync(db => db.Targets.Where(t => t.IndicatorId == ni66).OrderBy(t => t.PeriodStart).Select(t => t.Id).FirstAsync());
        int priority = await app.WithDbAsync(db => db.Priorities.Where(p => p.Code == "HW-1d/CYPP 7").Select(p => p.Id).SingleAsync());
        int board = await app.WithDbAsync(db => db.Boards.Where(b => b.Name == WaymarkApp.Board).Select(b => b.Id).SingleAsync());
        int threshold = await app.WithDbAsync(db => db.Set<AssessmentThreshold>().OrderBy(t => t.Id).Select(t => t.Id).FirstAsync());
        return page
            .Replace("{ni66}", ni66.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{member}", member.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{tracker}", tracker.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{other-tracker}", other.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{target}", target.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{priority}", priority.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{board}", board.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{threshold}", threshold.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    private Task<int> AgreedTrackerAsync(string priority) => app.WithDbAsync(db => db.Trackers
        .Where(t => t.State == TrackerState.Agreed && db.Priorities.Any(p => p.Id == t.PriorityId && p.Code == priority))
        .OrderBy(t => t.PeriodStart).Select(t => t.Id).FirstAsync());

    private static string Outcome(HttpResponseMessage response) => response.StatusCode switch
    {
        HttpStatusCode.Forbidden => Forbidden,
        HttpStatusCode.Redirect when response.Headers.Location?.OriginalString.Contains("/sign-in?", StringComparison.Ordinal) == true => SignIn,
        HttpStatusCode.OK or HttpStatusCode.Redirect or HttpStatusCode.Conflict => Allowed,
        _ => $"unexpected {(int)response.StatusCode}",
    };
}
