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
