using System.Net;

using Microsoft.EntityFrameworkCore;

using Waymark.Data.People;
using Waymark.Web.Accounts;

namespace Waymark.Web.Tests.Accounts;

public sealed class SingleSignOnTests(OpenIdProvider provider) : IClassFixture<OpenIdProvider>
{
    private const string Refusal = "<div role=\"alert\"><h2 class=\"govuk-error-summary__title\">There is a problem</h2>";

    [Fact]
    public async Task KnownVerifiedEmail_SignsInWithTheRolesHeldInWaymark()
    {
        await using var app = new SingleSignOnApp(provider, "waymark");
        HttpClient client = app.Anonymous();

        HttpResponseMessage back = await SingleSignOnApp.SignInThroughProviderAsync(client, WaymarkApp.DataOfficer.ToUpperInvariant());
        (HttpStatusCode status, string html) = await client.GetPageAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
        Assert.Equal("/", back.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, status);
        string name = await app.WithDbAsync(db => db.Users.Where(u => u.Email == WaymarkApp.DataOfficer).Select(u => u.Name).SingleAsync());
        string signedIn = Html.Row(html, "class=\"govuk-body-s waymark-signed-in\"");
        Assert.StartsWith($"Signed in as {name} (", signedIn, StringComparison.Ordinal);
        Assert.Contains(RoleNames.DataOfficer, signedIn, StringComparison.Ordinal);
        Assert.Equal(["oidc"], await app.WithDbAsync(db => db.AuditLog
            .Where(a => a.Entity == SignInAudit.Entity && a.EntityKey == WaymarkApp.DataOfficer && a.Action == SignInAudit.SignedIn)
            .Select(a => a.After!.Contains("\"method\":\"oidc\"") ? "oidc" : a.After).ToListAsync()));
    }

    [Fact]
    public async Task SignedInSession_IsEndedByLockingTheAccount()
    {
        await using var app = new SingleSignOnApp(provider, "waymark");
        HttpClient client = app.Anonymous();
        await SingleSignOnApp.SignInThroughProviderAsync(client, WaymarkApp.Director);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/trackers")).StatusCode);

        await app.WithDbAsync(async db =>
        {
            Waymark.Data.People.User director = await db.Users.SingleAsync(u => u.Email == WaymarkApp.Director);
            director.LockoutEnd = new DateTimeOffset(2999, 1, 1, 0, 0, 0, TimeSpan.Zero);
            return await db.SaveChangesAsync();
        });
        HttpResponseMessage after = await client.GetAsync("/trackers");

        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("https://localhost/sign-in?", after.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdministratorSetSubject_SignsInTheAccountItBelongsTo()
    {
        await using var app = new SingleSignOnApp(provider, "waymark");
        await app.WithDbAsync(async db =>
        {
            Waymark.Data.People.User member = await db.Users.SingleAsync(u => u.Email == WaymarkApp.Member);
            member.SignInSubject = "staff-4711";
            return await db.SaveChangesAsync();
        });
        HttpClient client = app.Anonymous();

        HttpResponseMessage back = await SingleSignOnApp.SignInThroughProviderAsync(client, "staff-4711");
        (_, string html) = await client.GetPageAsync("/");

        Assert.Equal("/", back.Headers.Location?.OriginalString);
        string name = await app.WithDbAsync(db => db.Users.Where(u => u.Email == WaymarkApp.Member).Select(u => u.Name).SingleAsync());
        string signedIn = Html.Row(html, "class=\"govuk-body-s waymark-signed-in\"");
        Assert.StartsWith($"Signed in as {name} (", signedIn, StringComparison.Ordinal);
        Assert.Contains(RoleNames.Member, signedIn, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SubjectSetOnTheUsersPage_SignsInTheAccountItBelongsTo_AndASecondHolderIsRefused()
    {
        await using var app = new SingleSignOnApp(provider, "waymark");
        HttpClient admin = await app.SignInAsync(WaymarkApp.Administrator);
        (int director, string name, string[] roles, int officer) = await app.WithDbAsync(async db =>
        {
            User d = await db.Users.Include(u => u.Roles).SingleAsync(u => u.Email == WaymarkApp.Director);
            int o = await db.Users.Where(u => u.Email == WaymarkApp.AccountableOfficer).Select(u => u.Id).SingleAsync();
            return (d.Id, d.Name, d.Roles.Select(r => r.Role).ToArray(), o);
        });
        string page = $"/admin/users/edit/{director}";
        (_, string form) = await admin.GetPageAsync(page);

        HttpResponseMessage saved = await admin.PostFormAsync(page, page, Fields(WaymarkApp.Director, name, roles, " staff-9001 "));
        HttpResponseMessage back = await SingleSignOnApp.SignInThroughProviderAsync(app.Anonymous(), "staff-9001");
        HttpClient client = app.Anonymous();
        await SingleSignOnApp.SignInThroughProviderAsync(client, "staff-9001");
        (_, string home) = await client.GetPageAsync("/");
        string officerPage = $"/admin/users/edit/{officer}";
        (string officerName, string[] officerRoles) = await app.WithDbAsync(async db =>
        {
            User o = await db.Users.Include(u => u.Roles).SingleAsync(u => u.Id == officer);
            return (o.Name, o.Roles.Select(r => r.Role).ToArray());
        });
        HttpResponseMessage taken = await admin.PostFormAsync(officerPage, officerPage, Fields(WaymarkApp.AccountableOfficer, officerName, officerRoles, "staff-9001"));
        string refused = await taken.Content.ReadAsStringAsync();

        Assert.Contains("Subject at the council&#x27;s sign-in (optional)", form, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("staff-9001", await app.WithDbAsync(db => db.Users.Where(u => u.Id == director).Select(u => u.SignInSubject).SingleAsync()));
        Assert.Equal("/", back.Headers.Location?.OriginalString);
        Assert.StartsWith($"Signed in as {name} (", Html.Row(home, "class=\"govuk-body-s waymark-signed-in\""), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, taken.StatusCode);
        Assert.Contains($"<a href=\"#sign-in-subject\">{System.Net.WebUtility.HtmlEncode(name)} already signs in with the subject staff-9001</a>", refused, StringComparison.Ordinal);
        Assert.Null(await app.WithDbAsync(db => db.Users.Where(u => u.Id == officer).Select(u => u.SignInSubject).SingleAsync()));
    }

    private static Dictionary<string, string> Fields(string email, string name, string[] roles, string subject)
    {
        var fields = new Dictionary<string, string> { ["Email"] = email, ["Name"] = name, ["Password"] = "", ["SignInSubject"] = subject };
        for (int i = 0; i < roles.Length; i++)
        {
            fields[$"Roles[{i}]"] = roles[i];
        }

        return fields;
    }

    [Theory]
    [InlineData("waymark", "stranger@example.org", "Northshire Council sign-in says who you are, but no Waymark account has your email address. Ask the performance team to add you to Waymark")]
    [InlineData("waymark", WaymarkApp.DataOfficer + "#unverified", "Northshire Council sign-in did not confirm that your email address is yours, so Waymark cannot tell which account is yours. Ask your IT service desk to verify your email address")]
    [InlineData("waymark-wrong-audience", WaymarkApp.DataOfficer, "The answer from Northshire Council sign-in was meant for another service, so you are not signed in. Try again, and tell your IT service desk if this happens again")]
    [InlineData("waymark-bad-signature", WaymarkApp.DataOfficer, "The answer from Northshire Council sign-in was not signed by Northshire Council sign-in, so you are not signed in. Try again, and tell your IT service desk if this happens again")]
    [InlineData("waymark-expired", WaymarkApp.DataOfficer, "The answer from Northshire Council sign-in had expired, so you are not signed in. Try again, and tell your IT service desk if this happens again")]
    public async Task RefusedSignIn_SaysWhyAndLeavesThePersonSignedOut(string clientId, string login, string message)
    {
        await using var app = new SingleSignOnApp(provider, clientId);
        HttpClient client = app.Anonymous();

        HttpResponseMessage back = await SingleSignOnApp.SignInThroughProviderAsync(client, login);
        (HttpStatusCode status, string html) = await client.GetPageAsync(back.Headers.Location!.OriginalString);
        HttpResponseMessage trackers = await client.GetAsync("/trackers");

        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
        Assert.StartsWith("/sign-in?refused=", back.Headers.Location.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains(Refusal, html, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"#sso\">{WebUtility.HtmlEncode(message)}</a>", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, trackers.StatusCode);
        Assert.Equal(1, await app.WithDbAsync(db => db.AuditLog.CountAsync(a => a.Entity == SignInAudit.Entity && a.Action == SignInAudit.Refused)));
        Assert.Equal(0, await app.WithDbAsync(db => db.AuditLog.CountAsync(a => a.Entity == SignInAudit.Entity && a.Action == SignInAudit.SignedIn)));
    }

    [Fact]
    public async Task LocalAccountsOff_OffersOnlyTheCouncilsSignIn()
    {
        await using var app = new SingleSignOnApp(provider, "waymark", localAccounts: false);
        HttpClient client = app.Anonymous();

        (HttpStatusCode status, string page) = await client.GetPageAsync("/sign-in");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Sign in with Northshire Council sign-in", Html.Row(page, "id=\"sso\""));
        Assert.DoesNotContain("id=\"password\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<form method=\"post\" novalidate>", page, StringComparison.Ordinal);
    }
}
