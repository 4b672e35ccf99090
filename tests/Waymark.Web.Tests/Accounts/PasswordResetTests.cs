using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;

using MimeKit;

using Waymark.Data.Notices;
using Waymark.Testing;
using Waymark.Web.Accounts;

namespace Waymark.Web.Tests.Accounts;

/// <summary>A clock that reads the system's time moved on by <see cref="Ahead"/>, so that a test can let an hour pass.</summary>
public sealed class MovableClock : TimeProvider
{
    public TimeSpan Ahead { get; set; }

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Ahead;
}

/// <summary>The web app with a real mail server and a clock the tests can move on.</summary>
public sealed class PasswordResetApp : WaymarkApp
{
    public SmtpServer Smtp { get; } = SmtpServer.Start();

    public MovableClock Time { get; } = new();

    protected override TimeProvider? Clock => Time;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Notices:SmtpHost", "127.0.0.1");
        builder.UseSetting("Notices:SmtpPort", Smtp.Port.ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("Notices:SmtpSecurity", "none");
        builder.UseSetting("Notices:From", "performance@leeds.example");
        builder.UseSetting("Notices:SiteAddress", "https://waymark.leeds.example/");
        builder.UseSetting("Notices:IntervalSeconds", "30");
    }

    /// <summary>The messages delivered to <paramref name="email"/>, waiting up to 30 s for there to be <paramref name="count"/>.</summary>
    public async Task<IReadOnlyList<MimeMessage>> MessagesToAsync(string email, int count)
    {
        for (int i = 0; i < 300; i++)
        {
            List<MimeMessage> messages = To(email);
            if (messages.Count >= count)
            {
                return messages;
            }

            await Task.Delay(100);
        }

        return To(email);
    }

    private List<MimeMessage> To(string email) =>
        [.. Smtp.Messages().Where(m => m.To.Mailboxes.Any(a => string.Equals(a.Address, email, StringComparison.OrdinalIgnoreCase)))];

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Smtp.Dispose();
        }
    }
}

public sealed partial class PasswordResetTests(PasswordResetApp app) : IClassFixture<PasswordResetApp>
{
    private const string NewPassword = "a reset passphrase for Leeds";

    [Fact]
    public async Task ForgottenPassword_KnownEmail_EmailsALinkThatSetsThePasswordOnceAndEndsOtherSessions()
    {
        HttpClient session = await app.SignInAsync(WaymarkApp.DataOfficer);

        string answer = await AskAsync(WaymarkApp.DataOfficer);
        MimeMessage email = Assert.Single(await app.MessagesToAsync(WaymarkApp.DataOfficer, 1));
        string token = Token(email);
        HttpClient stranger = app.Anonymous();
        (HttpStatusCode formStatus, string form) = await stranger.GetPageAsync("/reset-password?token=" + Uri.EscapeDataString(token));
        HttpResponseMessage set = await stranger.PostFormAsync("/forgotten-password", "/reset-password",
            new() { ["Token"] = token, ["NewPassword"] = NewPassword, ["ConfirmPassword"] = NewPassword });
        string done = await set.Content.ReadAsStringAsync();
        HttpResponseMessage again = await stranger.PostFormAsync("/forgotten-password", "/reset-password",
            new() { ["Token"] = token, ["NewPassword"] = "someone else's passphrase", ["ConfirmPassword"] = "someone else's passphrase" });
        string refused = await again.Content.ReadAsStringAsync();

        Assert.Equal($"If {WaymarkApp.DataOfficer} is the email address of a Waymark account, we have sent it a link to set a new password. The link works once, within 1 hour.", answer);
        Assert.Equal("Leeds City Council: Reset your Waymark password", email.Subject);
        Assert.Contains("The link below sets a new one; it works once, within 1 hour.", email.TextBody, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, formStatus);
        Assert.Contains("<h1 class=\"govuk-heading-l\">Set a new password</h1>", form, StringComparison.Ordinal);
        Assert.Equal("Every session of your account has been signed out. Sign in with your new password.", Html.Row(done, "id=\"reset\""));
        Assert.Equal(HttpStatusCode.Redirect, (await session.GetAsync("/trackers")).StatusCode);
        Assert.Equal("A link to reset your password works once, within 1 hour of being sent. This one has been used or has expired.", Html.Row(refused, "id=\"not-valid\""));
        HttpResponseMessage signIn = await app.Anonymous().PostFormAsync("/sign-in", "/sign-in", new() { ["Email"] = WaymarkApp.DataOfficer, ["Password"] = NewPassword });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        HttpResponseMessage second = await app.Anonymous().PostFormAsync("/sign-in", "/sign-in", new() { ["Email"] = WaymarkApp.DataOfficer, ["Password"] = "someone else's passphrase" });
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);

        // Only the token's hash is stored, and the sent email's words (which hold the link) are not kept.
        (string hash, string body, string html, string content) = await app.WithDbAsync(async db =>
        {
            int user = await db.Users.Where(u => u.Email == WaymarkApp.DataOfficer).Select(u => u.Id).SingleAsync();
            string stored = await db.PasswordResets.Where(r => r.UserId == user).Select(r => r.TokenHash).SingleAsync();
            var notice = await db.Notices.Where(n => n.UserId == user && n.Kind == "password-reset").SingleAsync();
            return (stored, notice.TextBody, notice.HtmlBody, notice.Content);
        });
        Assert.Equal(PasswordResets.Hash(token), hash);
        Assert.Equal(64, hash.Length);
        Assert.Equal(NoticeOutbox.LinkNotKept, body);
        Assert.Equal(NoticeOutbox.LinkNotKept, html);
        Assert.DoesNotContain(token, content, StringComparison.Ordinal);
        string[] audited = await app.WithDbAsync(db => db.AuditLog
            .Where(a => a.Entity == SignInAudit.Entity && a.EntityKey == WaymarkApp.DataOfficer && (a.Action == PasswordResets.Requested || a.Action == PasswordResets.Used))
            .OrderBy(a => a.Id).Select(a => a.Action + " " + a.After).ToArrayAsync());
        Assert.Equal(
            [PasswordResets.Requested + " {\"method\":\"password reset\",\"reason\":\"link sent\"}", PasswordResets.Used + " {\"method\":\"password reset\",\"reason\":\"other sessions ended\"}"],
            audited);
    }

    [Fact]
    public async Task ResetLink_AfterAnHour_IsRefusedAndThePasswordStays()
    {
        await app.SetPasswordsAsync();
        await AskAsync(WaymarkApp.Member);
        string token = Token(Assert.Single(await app.MessagesToAsync(WaymarkApp.Member, 1)));
        string before = await app.WithDbAsync(db => db.Users.Where(u => u.Email == WaymarkApp.Member).Select(u => u.PasswordHash!).SingleAsync());
        HttpClient client = app.Anonymous();

        string shown, posted;
        app.Time.Ahead = TimeSpan.FromMinutes(60);
        try
        {
            (_, shown) = await client.GetPageAsync("/reset-password?token=" + Uri.EscapeDataString(token));
            HttpResponseMessage response = await client.PostFormAsync("/forgotten-password", "/reset-password",
                new() { ["Token"] = token, ["NewPassword"] = NewPassword, ["ConfirmPassword"] = NewPassword });
            posted = await response.Content.ReadAsStringAsync();
        }
        finally
        {
            app.Time.Ahead = TimeSpan.Zero;
        }

        Assert.Contains("<h1 class=\"govuk-heading-l\">This link does not work</h1>", shown, StringComparison.Ordinal);
        Assert.Contains("<h1 class=\"govuk-heading-l\">This link does not work</h1>", posted, StringComparison.Ordinal);
        Assert.Equal(before, await app.WithDbAsync(db => db.Users.Where(u => u.Email == WaymarkApp.Member).Select(u => u.PasswordHash!).SingleAsync()));
    }

    [Fact]
    public async Task ResetLink_JustBeforeTheHour_StillWorks()
    {
        await app.SetPasswordsAsync();
        await AskAsync(WaymarkApp.Partner);
        string token = Token(Assert.Single(await app.MessagesToAsync(WaymarkApp.Partner, 1)));

        string posted;
        app.Time.Ahead = TimeSpan.FromMinutes(59);
        try
        {
            HttpResponseMessage response = await app.Anonymous().PostFormAsync("/forgotten-password", "/reset-password",
                new() { ["Token"] = token, ["NewPassword"] = NewPassword, ["ConfirmPassword"] = NewPassword });
            posted = await response.Content.ReadAsStringAsync();
        }
        finally
        {
            app.Time.Ahead = TimeSpan.Zero;
        }

        Assert.Contains("<h1 class=\"govuk-panel__title\">Your password has been set</h1>", posted, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForgottenPassword_UnknownEmail_SaysTheSameAndSendsNothing()
    {
        const string Unknown = "nobody.here@leeds.example";

        string unknown = await AskAsync(Unknown);
        string known = await AskAsync(WaymarkApp.Director);
        await app.MessagesToAsync(WaymarkApp.Director, 1);

        Assert.Equal(known.Replace(WaymarkApp.Director, "EMAIL", StringComparison.Ordinal), unknown.Replace(Unknown, "EMAIL", StringComparison.Ordinal));
        Assert.Single(await app.MessagesToAsync(WaymarkApp.Director, 1));
        Assert.Empty(await app.MessagesToAsync(Unknown, 0));
        string reason = await app.WithDbAsync(db => db.AuditLog.Where(a => a.Entity == SignInAudit.Entity && a.EntityKey == Unknown).Select(a => a.After!).SingleAsync());
        Assert.Equal("{\"method\":\"password reset\",\"reason\":\"no such account\"}", reason);
    }

    [Fact]
    public async Task ResetLink_MadeUp_IsRefused()
    {
        (HttpStatusCode status, string html) = await app.Anonymous().GetPageAsync("/reset-password?token=" + new string('A', 43));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<h1 class=\"govuk-heading-l\">This link does not work</h1>", html, StringComparison.Ordinal);
    }

    private async Task<string> AskAsync(string email)
    {
        HttpResponseMessage response = await app.Anonymous().PostFormAsync("/forgotten-password", "/forgotten-password", new() { ["Email"] = email });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Html.Row(await response.Content.ReadAsStringAsync(), "id=\"sent\"");
    }

    private static string Token(MimeMessage email)
    {
        Match link = LinkPattern().Match(email.TextBody ?? "");
        Assert.True(link.Success, "The email has no link to reset the password: " + email.TextBody);
        return Uri.UnescapeDataString(link.Groups[1].Value);
    }

    [GeneratedRegex(@"Set a new password: https://waymark\.leeds\.example/reset-password\?token=(\S+)")]
    private static partial Regex LinkPattern();
}
