using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

using Waymark.Web.BrowserTests.Hosting;

namespace Waymark.Web.BrowserTests.Accessibility;

/// <summary>
/// Every page of the app, for the people who can see it, including its error states. A new page needs a line here:
/// <see cref="PageCoverageTests"/> fails while a page route has none.
/// </summary>
public static class PageChecks
{
    public const string Board = "Children's Services Scrutiny Board";

    public static readonly string PreviewQuery = "?board=" + Uri.EscapeDataString(Board) + "&period=" + Uri.EscapeDataString("2010/11 Q3") + "&contents=cycle";

    public static IReadOnlyList<PageCheck> All { get; } =
    [
        new("home, public", "", null, Go("/")),
        new("home, member", "", People.Member, Go("/")),
        new("home, administrator", "", People.Administrator, Go("/")),
        new("sign in", "sign-in", null, Go("/sign-in")),
        new("sign in, with errors", "sign-in", null, async (s, _) =>
        {
            await s.GoAsync("/sign-in");
            await s.Page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
            await s.Page.Locator(".govuk-error-summary").WaitForAsync();
        }),
        new("signed out", "sign-out", null, Go("/sign-out")),
        new("error, page not found", "error/{code:int?}", null, Go("/error/404")),
        new("error, not found when signed in", "error/{code:int?}", People.Member, Go("/indicators/999999")),
        new("access tokens", "account/tokens", People.DataOfficer, Go("/account/tokens")),
        new("change password", "account/password", People.DataOfficer, Go("/account/password")),
        new("email notices", "account/notices", People.DataOfficer, Go("/account/notices")),
        new("authenticator codes, set up", "account/authenticator", People.DataOfficer, Go("/account/authenticator")),
        new("forgotten password", "forgotten-password", null, Go("/forgotten-password")),
        new("reset password, link not valid", "reset-password", null, Go("/reset-password?token=" + new string('A', 43))),
        new("sign-in code, not begun", "sign-in/code", null, Go("/sign-in/code")),
        new("calendar, data officer", "calendar", People.DataOfficer, Go("/calendar")),
        new("calendar, administrator", "calendar", People.Administrator, Go("/calendar")),
        new("assessments, member", "assessments", People.Member, Go("/assessments")),
        new("assessments, carried forward", "assessments", People.Administrator, Go("/assessments?framework=" + Uri.EscapeDataString("CPA 2007") + "&period=" + Uri.EscapeDataString("2007/08 Q1"))),
        new("assessments, with errors", "assessments", People.Member, Go("/assessments?framework=CAA&period=Q9")),
        new("indicators", "indicators", People.Member, Go("/indicators")),
        new("indicators, LAIT measures", "indicators", People.Member, Go("/indicators?set=lait")),
        new("indicator, owner", "indicators/{id:int}", People.OtherDataOfficer, async (s, f) => await s.GoAsync($"/indicators/{await IndicatorAsync(f, "NI 117")}")),
        new("indicator, member", "indicators/{id:int}", People.Member, async (s, f) => await s.GoAsync($"/indicators/{await IndicatorAsync(f, "NI 117")}")),
        new("indicator audit", "indicators/{id:int}/audit", People.Administrator, async (s, f) => await s.GoAsync($"/indicators/{await IndicatorAsync(f, "NI 117")}/audit")),
        new("quarterly return", "indicators/{id:int}/return", People.OtherDataOfficer, async (s, f) => await s.GoAsync($"/indicators/{await IndicatorAsync(f, "NI 117")}/return")),
        new("quarterly return, with errors", "indicators/{id:int}/return", People.OtherDataOfficer, async (s, f) =>
        {
            await s.GoAsync($"/indicators/{await IndicatorAsync(f, "NI 117")}/return?period=" + Uri.EscapeDataString("2011/12 Q1"));
            await s.Page.GetByLabel("Result", new() { Exact = true }).FillAsync("eight");
            await s.Page.GetByLabel("Numerator (optional)").FillAsync("n/a");
            await s.Page.GetByRole(AriaRole.Button, new() { Name = "Save return" }).ClickAsync();
            await s.Page.Locator(".govuk-error-summary").WaitForAsync();
        }),
        new("quarterly return, period not understood", "indicators/{id:int}/return", People.OtherDataOfficer, async (s, f) =>
            await s.GoAsync($"/indicators/{await IndicatorAsync(f, "NI 117")}/return?period=Q9")),
        new("action trackers, officer", "trackers", People.OtherAccountableOfficer, Go("/trackers")),
        new("action trackers, member", "trackers", People.Member, Go("/trackers")),
        new("action tracker, draft", "trackers/{id:int}", People.OtherAccountableOfficer, async (s, _) => await DraftTrackerAsync(s)),
        new("action tracker, with errors", "trackers/{id:int}", People.OtherAccountableOfficer, async (s, _) =>
        {
            await DraftTrackerAsync(s);
            await s.Page.GetByRole(AriaRole.Button, new() { Name = "Submit to the director" }).ClickAsync();
            await s.Page.Locator(".govuk-error-summary").WaitForAsync();
        }),
        new("action tracker, member", "trackers/{id:int}", People.Member, async (s, f) => await s.GoAsync($"/trackers/{await AnyTrackerAsync(f)}")),
        new("action tracker audit", "trackers/{id:int}/audit", People.Administrator, async (s, f) => await s.GoAsync($"/trackers/{await AnyTrackerAsync(f)}/audit")),
        new("board reports", "reports", People.Member, Go("/reports")),
        new("report preview, choice", "reports/preview", People.Member, Go("/reports/preview?board=" + Uri.EscapeDataString(Board) + "&period=Q9")),
        new("report preview, member", "reports/preview", People.Member, Go("/reports/preview" + PreviewQuery)),
        new("report preview, administrator", "reports/preview", People.Administrator, Go("/reports/preview" + PreviewQuery)),
        new("report preview, every tracker", "reports/preview", People.Member, Go("/reports/preview?board=" + Uri.EscapeDataString(Board) + "&period=" + Uri.EscapeDataString("2010/11 Q4") + "&contents=both&allTrackers=true")),
        new("report text", "reports/narrative", People.Administrator, async (s, _) =>
        {
            await s.GoAsync("/reports/preview" + PreviewQuery);
            await s.Page.Locator("[data-sections] a").First.ClickAsync();
            await s.Page.WaitForURLAsync("**/reports/narrative?**");
        }),
        new("publish a report", "reports/publish", People.Administrator, Go("/reports/publish" + PreviewQuery)),
        new("report download as a web page", "reports/download", People.Member, async (s, _) => await FileAsync(s, "/reports/download" + PreviewQuery + "&format=html")),
        new("published reports, public", "reports/published", null, Go("/reports/published")),
        new("published report, public", "reports/published/{id:int}", null, async (s, f) => await s.GoAsync($"/reports/published/{await f.PublicationAsync()}")),
        new("published report file as a web page, public", "reports/published/{id:int}/{format}", null, async (s, f) => await FileAsync(s, $"/reports/published/{await f.PublicationAsync()}/html")),
        new("published report changes", "reports/published/{id:int}/changes", People.Administrator, async (s, f) => await s.GoAsync($"/reports/published/{await f.PublicationAsync()}/changes")),
        new("administration", "admin", People.Administrator, Go("/admin")),
        new("users", "admin/users", People.Administrator, Go("/admin/users")),
        new("add a user", "admin/users/edit/{id:int?}", People.Administrator, Go("/admin/users/edit")),
        new("add a user, with errors", "admin/users/edit/{id:int?}", People.Administrator, async (s, _) =>
        {
            await s.GoAsync("/admin/users/edit");
            await s.Page.Locator("form[method=post] button[type=submit]").Last.ClickAsync();
            await s.Page.Locator(".govuk-error-summary").WaitForAsync();
        }),
        new("change a user", "admin/users/edit/{id:int?}", People.Administrator, async (s, _) =>
        {
            await s.GoAsync("/admin/users");
            await s.Page.Locator($"[data-user='{People.Member}'] a").ClickAsync();
            await s.Page.WaitForURLAsync("**/admin/users/edit/*");
        }),
        new("indicator definitions", "admin/indicators", People.Administrator, Go("/admin/indicators")),
        new("add an indicator", "admin/indicators/edit/{id:int?}", People.Administrator, Go("/admin/indicators/edit")),
        new("add an indicator, with errors", "admin/indicators/edit/{id:int?}", People.Administrator, async (s, _) =>
        {
            await s.GoAsync("/admin/indicators/edit");
            await s.Page.Locator("form[method=post] button[type=submit]").Last.ClickAsync();
            await s.Page.Locator(".govuk-error-summary").WaitForAsync();
        }),
        new("edit an indicator", "admin/indicators/edit/{id:int?}", People.Administrator, async (s, f) => await s.GoAsync($"/admin/indicators/edit/{await IndicatorAsync(f, "NI 117")}")),
        new("assessment frameworks, administration", "admin/assessments", People.Administrator, Go("/admin/assessments")),
        new("assessment thresholds", "admin/assessments/thresholds/{id:int}", People.Administrator, async (s, f) => await s.GoAsync($"/admin/assessments/thresholds/{await ThresholdAsync(f)}")),
        new("assessment thresholds, with errors", "admin/assessments/thresholds/{id:int}", People.Administrator, async (s, f) =>
        {
            await s.GoAsync($"/admin/assessments/thresholds/{await ThresholdAsync(f)}");
            await s.Page.GetByLabel("Lower threshold").FillAsync("ninety");
            await s.Page.GetByLabel("Points of the top band").FillAsync("");
            await SaveAsync(s);
        }),
        new("targets of an indicator", "admin/indicators/{id:int}/targets", People.Administrator, async (s, f) => await s.GoAsync($"/admin/indicators/{await IndicatorAsync(f, "NI 117")}/targets")),
        new("add a target", "admin/indicators/{id:int}/targets/edit/{targetId:int?}", People.Administrator, async (s, f) => await s.GoAsync($"/admin/indicators/{await IndicatorAsync(f, "NI 117")}/targets/edit")),
        new("add a target, with errors", "admin/indicators/{id:int}/targets/edit/{targetId:int?}", People.Administrator, async (s, f) =>
        {
            await s.GoAsync($"/admin/indicators/{await IndicatorAsync(f, "NI 117")}/targets/edit");
            await SaveAsync(s);
        }),
        new("change a target", "admin/indicators/{id:int}/targets/edit/{targetId:int?}", People.Administrator, async (s, f) =>
        {
            int indicator = await IndicatorAsync(f, "NI 117");
            int target = await f.Server.WithDbAsync(db => db.Targets.Where(t => t.IndicatorId == indicator).OrderBy(t => t.Id).Select(t => t.Id).FirstAsync());
            await s.GoAsync($"/admin/indicators/{indicator}/targets/edit/{target}");
        }),
        new("priorities", "admin/priorities", People.Administrator, Go("/admin/priorities")),
        new("add a priority", "admin/priorities/edit/{id:int?}", People.Administrator, Go("/admin/priorities/edit")),
        new("add a priority, with errors", "admin/priorities/edit/{id:int?}", People.Administrator, async (s, _) =>
        {
            await s.GoAsync("/admin/priorities/edit");
            await SaveAsync(s);
        }),
        new("change a priority", "admin/priorities/edit/{id:int?}", People.Administrator, async (s, f) =>
            await s.GoAsync($"/admin/priorities/edit/{await f.Server.WithDbAsync(db => db.Priorities.OrderBy(p => p.Id).Select(p => p.Id).FirstAsync())}")),
        new("boards", "admin/boards", People.Administrator, Go("/admin/boards")),
        new("add a board", "admin/boards/edit/{id:int?}", People.Administrator, Go("/admin/boards/edit")),
        new("add a board, with errors", "admin/boards/edit/{id:int?}", People.Administrator, async (s, _) =>
        {
            await s.GoAsync("/admin/boards/edit");
            await SaveAsync(s);
        }),
        new("change a board", "admin/boards/edit/{id:int?}", People.Administrator, async (s, f) =>
            await s.GoAsync($"/admin/boards/edit/{await f.Server.WithDbAsync(db => db.Boards.OrderBy(b => b.Id).Select(b => b.Id).FirstAsync())}")),
        new("upload a file", "admin/uploads", People.Administrator, Go("/admin/uploads")),
        new("upload a file, with errors", "admin/uploads", People.Administrator, async (s, _) =>
        {
            await s.GoAsync("/admin/uploads");
            await s.Page.GetByRole(AriaRole.Button, new() { Name = "Check the file" }).ClickAsync();
            await s.Page.Locator(".govuk-error-summary").WaitForAsync();
        }),
        new("uploaded file checked", "admin/uploads/{id}", People.Administrator, async (s, _) => await UploadAsync(s, "indicator,period,target\nNI 117,2011/12,7.2\n")),
        new("uploaded file with problems", "admin/uploads/{id}", People.Administrator, async (s, _) => await UploadAsync(s, "indicator,period,target\nNI 999,2011/12,seven\n")),
    ];

    /// <summary>Sends a form left empty, as someone who presses Save too early, and waits for the error summary.</summary>
    private static async Task SaveAsync(BrowserSession session)
    {
        await session.Page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await session.Page.Locator(".govuk-error-summary").WaitForAsync();
    }

    private static Func<BrowserSession, BrowserFixture, Task> Go(string path) => async (s, _) => await s.GoAsync(path);

    private static Task<int> IndicatorAsync(BrowserFixture fixture, string code) =>
        fixture.Server.WithDbAsync(db => db.Indicators.Where(i => i.Code == code).Select(i => i.Id).SingleAsync());

    private static Task<int> ThresholdAsync(BrowserFixture fixture) =>
        fixture.Server.WithDbAsync(db => db.Set<Waymark.Data.Assessments.AssessmentThreshold>().OrderBy(t => t.Id).Select(t => t.Id).FirstAsync());

    private static Task<int> AnyTrackerAsync(BrowserFixture fixture) =>
        fixture.Server.WithDbAsync(db => db.Trackers.OrderBy(t => t.Id).Select(t => t.Id).FirstAsync());

    /// <summary>The officer's draft tracker for HW-3a, started from the trackers page when there is none.</summary>
    private static async Task DraftTrackerAsync(BrowserSession session)
    {
        await session.GoAsync("/trackers");
        ILocator start = session.Page.GetByRole(AriaRole.Button, new() { NameRegex = new("^Start the .* tracker for HW-3a$") });
        if (await start.CountAsync() > 0)
        {
            await start.ClickAsync();
        }
        else
        {
            await session.Page.Locator("#trackers tr", new() { HasText = "HW-3a" }).Filter(new() { HasText = "Draft" }).First.GetByRole(AriaRole.Link).ClickAsync();
        }

        await session.Page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/trackers/[0-9]+$"));
    }

    /// <summary>Shows a downloaded web page in the browser, as someone who opens the downloaded file sees it.</summary>
    private static async Task FileAsync(BrowserSession session, string path)
    {
        await session.Page.RouteAsync(url => new Uri(url).AbsolutePath == path.Split('?')[0], async route =>
        {
            IAPIResponse response = await route.FetchAsync();
            Assert.Equal(200, response.Status);
            Assert.StartsWith("attachment", response.Headers["content-disposition"], StringComparison.Ordinal);
            await route.FulfillAsync(new RouteFulfillOptions { Status = 200, ContentType = "text/html; charset=utf-8", BodyBytes = await response.BodyAsync() });
        });
        await session.GoAsync(path);
    }

    private static async Task UploadAsync(BrowserSession session, string csv)
    {
        await session.GoAsync("/admin/uploads");
        await session.Page.GetByLabel("Kind of file").SelectOptionAsync("targets");
        await session.Page.GetByLabel("File", new() { Exact = true }).SetInputFilesAsync(new FilePayload
        {
            Name = "targets.csv",
            MimeType = "text/csv",
            Buffer = System.Text.Encoding.UTF8.GetBytes(csv),
        });
        await session.Page.GetByRole(AriaRole.Button, new() { Name = "Check the file" }).ClickAsync();
        await session.Page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/admin/uploads/[^/]+$"));
    }
}
