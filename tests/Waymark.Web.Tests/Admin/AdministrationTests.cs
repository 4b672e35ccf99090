using System.Globalization;
using System.Net;

using Microsoft.EntityFrameworkCore;

using Waymark.Indicators;

namespace Waymark.Web.Tests.Admin;

/// <summary>The administration forms: their errors in GOV.UK style with nothing stored, a new indicator version, users and locks, audit trails.</summary>
public sealed class AdministrationTests(WaymarkApp app) : IClassFixture<WaymarkApp>
{
    [Fact]
    public async Task IndicatorForm_WithBadFields_ShowsEachErrorAndStoresNothing()
    {
        HttpClient admin = await app.SignInAsync(WaymarkApp.Administrator);
        int before = await app.WithDbAsync(db => db.Indicators.CountAsync());

        HttpResponseMessage response = await admin.PostFormAsync("/admin/indicators/edit", "/admin/indicators/edit", new()
        {
            ["Code"] = "NI 66",
            ["Title"] = " ",
            ["Unit"] = "percent",
            ["Polarity"] = "sideways",
            ["Frequency"] = "quarterly",
            ["Aggregation"] = "ratio",
            ["Tolerance"] = "five",
            ["Decimals"] = "1.5",
            ["YearType"] = "financial",
        });
        string html = await response.Content.ReadAsStringAsync();

        Assert.Contains("<a href=\"#code\">An indicator with the code NI 66 already exists</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#title\">Enter a title</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#polarity\">Select whether higher or lower is better, or neither</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#tolerance\">Tolerance must be a percentage of the target, like 5%, or a number of units, like 2</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#decimals\">Decimals must be a whole number from 0 to 6</a>", html, StringComparison.Ordinal);
        Assert.Contains("<p id=\"title-error\" class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">Error:</span> Enter a title</p>", html, StringComparison.Ordinal);
        Assert.StartsWith("Error: ", Html.Row(html, "<title>"), StringComparison.Ordinal);
        Assert.Equal(before, await app.WithDbAsync(db => db.Indicators.CountAsync()));
    }

    [Fact]
    public async Task IndicatorForm_NewIndicator_IsAddedAtVersionOneWithItsOwner()
    {
        HttpClient admin = await app.SignInAsync(WaymarkApp.Administrator);
        int owner = await app.WithDbAsync(db => db.Users.Where(u => u.Email == WaymarkApp.OtherDataOfficer).Select(u => u.Id).SingleAsync());

        HttpResponseMessage response = await admin.PostFormAsync("/admin/indicators/edit", "/admin/indicators/edit", Fields("LOCAL 7", "Children seen within 10 days", "2%", "0", owner));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await app.WithDbAsync(db => db.Indicators.Include(i => i.Versions).SingleAsync(i => i.Code == "LOCAL 7"));
        Assert.Equal(("Children seen within 10 days", "2%", 0, owner, 1, 1), (stored.Definition.Title, stored.Definition.Tolerance.ToString(), stored.Definition.Decimals, stored.OwnerId, stored.Version, stored.Versions.Count));
    }

    [Fact]
    public async Task IndicatorForm_ChangedTolerance_StartsVersionTwoAndTheOwnerReadsItInTheAuditTrail()
    {
        HttpClient admin = await app.SignInAsync(WaymarkApp.Administrator);
        int id = await app.IndicatorIdAsync("NI 67");
        var before = await app.WithDbAsync(db => db.Indicators.SingleAsync(i => i.Id == id));
        string page = $"/admin/indicators/edit/{id}";

        Dictionary<string, string> fields = Fields("NI 67", before.Definition.Title, "10%", before.Definition.Decimals.ToString(CultureInfo.InvariantCulture), before.OwnerId);
        (fields["Unit"], fields["Polarity"], fields["Aggregation"]) = (before.Definition.Unit.ToCode(), before.Definition.Polarity.ToCode(), before.Definition.Aggregation.ToCode());

        HttpResponseMessage response = await admin.PostFormAsync(page, page, fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await app.WithDbAsync(db => db.Indicators.Include(i => i.Versions).SingleAsync(i => i.Id == id));
        Assert.Equal(("10%", 2), (after.Definition.Tolerance.ToString(), after.Version));
        Assert.False(after.Versions.Single(v => v.Version == 2).SeriesBreak);

        HttpClient owner = await app.SignInAsync(WaymarkApp.DataOfficer);
        (HttpStatusCode status, string audit) = await owner.GetPageAsync($"/indicators/{id}/audit");
        Assert.Equal(HttpStatusCode.OK, status);
        long entry = await app.WithDbAsync(db => db.AuditLog.Where(a => a.Entity == "indicator" && a.EntityKey == id.ToString(CultureInfo.InvariantCulture) && a.Action == "changed").MaxAsync(a => a.Id));
        string row = Html.Row(audit, $"data-audit=\"{entry}\"");
        Assert.Contains(WaymarkApp.Administrator + " Definition changed", row, StringComparison.Ordinal);
        Assert.Contains("tolerance: " + before.Definition.Tolerance + " → 10%", row, StringComparison.Ordinal);
        Assert.Contains("version: 1 → 2", row, StringComparison.Ordinal);
        Assert.Contains("Version 2 added", audit, StringComparison.Ordinal);

        HttpClient other = await app.SignInAsync(WaymarkApp.OtherDataOfficer);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"/indicators/{id}/audit")).StatusCode);
    }

    [Fact]
    public async Task UserForm_WithBadFields_ShowsEachErrorAndAddsNoOne()
    {
        HttpClient admin = await app.SignInAsync(WaymarkApp.Administrator);
        int before = await app.WithDbAsync(db => db.Users.CountAsync());

        HttpResponseMessage response = await admin.PostFormAsync("/admin/users/edit", "/admin/users/edit", new() { ["Email"] = "not an address", ["Name"] = "", ["Password"] = "short" });
        string html = await response.Content.ReadAsStringAsync();

        Assert.Contains("<a href=\"#email\">Enter an email address in the correct format, like name@example.org</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#name\">Enter the person&#x27;s name</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#roles\">Select at least one role</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#password\">Password must be at least 12 characters</a>", html, StringComparison.Ordinal);
        Assert.Equal(before, await app.WithDbAsync(db => db.Users.CountAsync()));
    }

    [Fact]
    public async Task UserForm_NewPartner_SignsInUntilLocked()
    {
        HttpClient admin = await app.SignInAsync(WaymarkApp.Administrator);
        const string email = "lee.wood@example.org";
        const string password = "a long enough password";

        HttpResponseMessage added = await admin.PostFormAsync("/admin/users/edit", "/admin/users/edit", new()
        {
            ["Email"] = email,
            ["Name"] = "Lee Wood",
            ["Organisation"] = "West Yorkshire Police",
            ["Roles"] = "partner",
            ["Password"] = password,
        });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        int id = await app.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
        Assert.Equal(["partner"], await app.WithDbAsync(db => db.Users.Where(u => u.Id == id).SelectMany(u => u.Roles).Select(r => r.Role).ToListAsync()));
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(email, password)).StatusCode);

        string page = $"/admin/users/edit/{id}";
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync(page, page + "?handler=Lock", [])).StatusCode);
        (_, string locked) = await admin.GetPageAsync(page);
        Assert.Equal("The account is locked.", Html.Row(locked, "id=\"account-state\""));
        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(email, password)).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync(page, page + "?handler=Unlock", [])).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(email, password)).StatusCode);
    }

    [Fact]
    public async Task TrackerAudit_AfterAPartnersDraft_ShowsTheirChangeBeforeAndAfter()
    {
        HttpClient officer = await app.SignInAsync(WaymarkApp.AccountableOfficer);
        int priority = await app.WithDbAsync(db => db.Priorities.Where(p => p.Code == "HW-1d/CYPP 7").Select(p => p.Id).SingleAsync());
        HttpResponseMessage started = await officer.PostFormAsync("/trackers", "/trackers?handler=Start", new() { ["priorityId"] = priority.ToString(CultureInfo.InvariantCulture) });
        string page = started.Headers.Location!.OriginalString;
        int tracker = int.Parse(page["/trackers/".Length..], CultureInfo.InvariantCulture);
        HttpClient partner = await app.SignInAsync(WaymarkApp.Partner);
        int current = await app.WithDbAsync(db => db.Trackers.Where(t => t.Id == tracker).Select(t => t.ConcurrencyVersion).SingleAsync());
        string version = current.ToString(CultureInfo.InvariantCulture);

        (_, string partnerView) = await partner.GetPageAsync(page);
        Assert.Contains("handler=Save", partnerView, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=Submit", partnerView, StringComparison.Ordinal);
        HttpResponseMessage saved = await partner.PostFormAsync(page, page + "?handler=Save", new() { ["Version"] = version, ["ChallengesAndRisks"] = "Clinic hours cut in two wards." });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await partner.PostFormAsync(page, page + "?handler=Submit", new() { ["Version"] = version })).StatusCode);

        (HttpStatusCode status, string audit) = await officer.GetPageAsync(page + "/audit");
        Assert.Equal(HttpStatusCode.OK, status);
        long entry = await app.WithDbAsync(db => db.AuditLog.Where(a => a.Entity == "tracker" && a.EntityKey == tracker.ToString(CultureInfo.InvariantCulture) && a.Action == "changed").Select(a => a.Id).SingleAsync());
        Assert.Contains(WaymarkApp.Partner + " Tracker changed challenges and risks: (none) → Clinic hours cut in two wards.", Html.Row(audit, $"data-audit=\"{entry}\""), StringComparison.Ordinal);
        Assert.Contains("Tracker added", audit, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await partner.GetAsync(page + "/audit")).StatusCode);
    }

    private static Dictionary<string, string> Fields(string code, string title, string tolerance, string decimals, int? owner) => new()
    {
        ["Code"] = code,
        ["Title"] = title,
        ["Unit"] = "percent",
        ["Polarity"] = "higher",
        ["Frequency"] = "quarterly",
        ["Aggregation"] = "ratio",
        ["Tolerance"] = tolerance,
        ["Decimals"] = decimals,
        ["YearType"] = "financial",
        ["OwnerId"] = owner?.ToString(CultureInfo.InvariantCulture) ?? "",
    };

    private Task<HttpResponseMessage> SignInAsync(string email, string password) =>
        app.Anonymous().PostFormAsync("/sign-in", "/sign-in", new() { ["Email"] = email, ["Password"] = password });
}
