using System.Net;

using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

using Waymark.Data.People;
using Waymark.Web.Accounts;

namespace Waymark.Web.Tests.Security;

public sealed class SignInTests(WaymarkApp app) : IClassFixture<WaymarkApp>
{
    [Fact]
    public async Task SignIn_CorrectPassword_SetsASecureHttpOnlySessionCookie()
    {
        await app.SignInAsync(WaymarkApp.Member);
        HttpClient client = app.Anonymous();

        HttpResponseMessage response = await client.PostFormAsync("/sign-in", "/sign-in", new() { ["Email"] = "CLLR.Margaret.Holt@example.org", ["Password"] = WaymarkApp.Password });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        string cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("waymark-session=", StringComparison.Ordinal));
        Assert.Contains("; secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("; httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("; samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task SignIn_WrongPassword_SaysSoWithoutSayingWhichIsWrong()
    {
        await app.SignInAsync(WaymarkApp.Member);
        HttpClient client = app.Anonymous();

        HttpResponseMessage response = await client.PostFormAsync("/sign-in", "/sign-in", new() { ["Email"] = WaymarkApp.Partner, ["Password"] = "not the password" });
        string html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<a href=\"#email\">Enter a correct email address and password</a>", html, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.Users.Where(u => u.Email == WaymarkApp.Partner).Select(u => u.AccessFailedCount).SingleAsync()));
    }

    [Fact]
    public async Task SignIn_UnknownEmail_HashesOnePasswordAndAnswersAsAWrongPasswordDoes()
    {
        await app.SetPasswordsAsync();
        var hasher = new CountingHasher();
        await using WebApplicationFactory<Program> counted = app.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IPasswordHasher<User>>(hasher)));
        HttpClient client = counted.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });

        string unknown = await (await client.PostFormAsync("/sign-in", "/sign-in", new() { ["Email"] = "nobody@example.org", ["Password"] = "a guess" })).Content.ReadAsStringAsync();
        int unknownHashes = hasher.Verifications;
        string wrong = await (await client.PostFormAsync("/sign-in", "/sign-in", new() { ["Email"] = WaymarkApp.Director, ["Password"] = "a guess" })).Content.ReadAsStringAsync();

        Assert.Equal(1, unknownHashes);
        Assert.Equal(2, hasher.Verifications);
        Assert.Equal("There is a problem Enter a correct email address and password", Html.Row(unknown, "class=\"govuk-error-summary\""));
        Assert.Equal(Html.Row(wrong, "class=\"govuk-error-summary\""), Html.Row(unknown, "class=\"govuk-error-summary\""));
        Assert.Equal(["{\"method\":\"password\",\"reason\":\"no such account\"}"], await app.WithDbAsync(db => db.AuditLog
            .Where(a => a.Entity == SignInAudit.Entity && a.EntityKey == "nobody@example.org" && a.Action == SignInAudit.Failed).Select(a => a.After!).ToListAsync()));
    }

    [Fact]
    public async Task SignIn_CorrectPasswordAndWrongOnes_AreWrittenToTheAuditTrail()
    {
        HttpClient signedIn = await app.SignInAsync(WaymarkApp.OtherDataOfficer);
        HttpClient client = app.Anonymous();
        for (int i = 0; i < 5; i++)
        {
            await client.PostFormAsync("/sign-in", "/sign-in", new() { ["Email"] = WaymarkApp.AccountableOfficer, ["Password"] = "guess " + i });
        }

        Assert.NotNull(signedIn);
        Assert.Equal(1, await app.WithDbAsync(db => db.AuditLog.CountAsync(a => a.Entity == SignInAudit.Entity && a.EntityKey == WaymarkApp.OtherDataOfficer && a.Action == SignInAudit.SignedIn)));
        Assert.Equal(
            [SignInAudit.Failed, SignInAudit.Failed, SignInAudit.Failed, SignInAudit.Failed, SignInAudit.Failed],
            await app.WithDbAsync(db => db.AuditLog.Where(a => a.Entity == SignInAudit.Entity && a.EntityKey == WaymarkApp.AccountableOfficer).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync()));
    }

    private sealed class CountingHasher : IPasswordHasher<User>
    {
        private readonly PasswordHasher<User> inner = new();
        private int verifications;

        public int Verifications => verifications;

        public string HashPassword(User user, string password) => inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(User user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref verifications);
            return inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }

    [Fact]
    public async Task SignIn_AccountWithoutAPassword_FailsLikeAWrongPassword()
    {
        await app.SignInAsync(WaymarkApp.Member);
        await app.WithDbAsync(db =>
        {
            db.Users.Add(new Waymark.Data.People.User { Email = "imported.officer@example.org", Name = "Imported Officer" });
            return db.SaveChangesAsync();
        });
        HttpClient client = app.Anonymous();

        HttpResponseMessage response = await client.PostFormAsync("/sign-in", "/sign-in", new() { ["Email"] = "imported.officer@example.org", ["Password"] = WaymarkApp.Password });
        string html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<a href=\"#email\">Enter a correct email address and password</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_ManyWrongPasswords_DoNotLockTheAccount()
    {
        await app.SignInAsync(WaymarkApp.Member);
        HttpClient client = app.Anonymous();
        for (int i = 0; i < 8; i++)
        {
            await client.PostFormAsync("/sign-in", "/sign-in", new() { ["Email"] = WaymarkApp.OtherAccountableOfficer, ["Password"] = "guess " + i });
        }

        HttpResponseMessage response = await client.PostFormAsync("/sign-in", "/sign-in", new() { ["Email"] = WaymarkApp.OtherAccountableOfficer, ["Password"] = WaymarkApp.Password });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Null(await app.WithDbAsync(db => db.Users.Where(u => u.Email == WaymarkApp.OtherAccountableOfficer).Select(u => u.LockoutEnd).SingleAsync()));
    }

    [Fact]
    public async Task SignIn_EmptyFields_ListsBothErrors()
    {
        HttpClient client = app.Anonymous();

        HttpResponseMessage response = await client.PostFormAsync("/sign-in", "/sign-in", new() { ["Email"] = "", ["Password"] = "" });
        string html = await response.Content.ReadAsStringAsync();

        Assert.Contains("<a href=\"#email\">Enter your email address</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#password\">Enter your password</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_WithoutAntiforgeryToken_IsRefused()
    {
        HttpClient client = await app.SignInAsync(WaymarkApp.DataOfficer);
        int id = await app.IndicatorIdAsync("NI 66");

        HttpResponseMessage response = await client.PostAsync($"/indicators/{id}/return", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Period"] = "2011/12 Q1",
            ["Value"] = "90.0",
            ["DataQuality"] = "ok",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Results.AnyAsync(r => r.IndicatorId == id && r.Period == Waymark.Periods.ReportingPeriod.Parse("2011/12 Q1"))));
    }

    [Fact]
    public async Task EveryPage_HasAContentSecurityPolicyWithoutInlineScriptsOrStyles()
    {
        HttpClient client = app.Anonymous();

        HttpResponseMessage response = await client.GetAsync("/");
        string policy = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
        string html = await response.Content.ReadAsStringAsync();

        Assert.StartsWith("default-src 'self'; script-src 'self' 'nonce-", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        string nonce = policy[(policy.IndexOf("'nonce-", StringComparison.Ordinal) + 7)..policy.IndexOf('\'', policy.IndexOf("'nonce-", StringComparison.Ordinal) + 7)];
        Assert.Contains($"<script nonce=\"{nonce}\">", html, StringComparison.Ordinal);
        Assert.Equal("nosniff", string.Join(' ', response.Headers.GetValues("X-Content-Type-Options")));
    }

    [Fact]
    public async Task MissingPage_ShowsTheGovUkNotFoundPage()
    {
        HttpClient client = await app.SignInAsync(WaymarkApp.Member);

        (HttpStatusCode status, string html) = await client.GetPageAsync("/indicators/999999");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("<h1 class=\"govuk-heading-l\">Page not found</h1>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Forbidden_ShowsThePermissionPageWithStatus403()
    {
        HttpClient client = await app.SignInAsync(WaymarkApp.Member);
        int id = await app.IndicatorIdAsync("NI 66");

        (HttpStatusCode status, string html) = await client.GetPageAsync($"/indicators/{id}/return");

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Contains("You do not have permission to do this", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignOut_EndsTheSession()
    {
        HttpClient client = await app.SignInAsync(WaymarkApp.Member);

        HttpResponseMessage signOut = await client.PostFormAsync("/", "/sign-out", []);
        HttpResponseMessage after = await client.GetAsync("/indicators");

        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("https://localhost/sign-in?", after.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }
}
