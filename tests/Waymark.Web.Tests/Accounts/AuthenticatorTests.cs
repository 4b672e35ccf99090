using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text.RegularExpressions;

using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

using Waymark.Web.Accounts;

namespace Waymark.Web.Tests.Accounts;

/// <summary>A clock that reads the time a test sets.</summary>
public sealed class SettableClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}

/// <summary>The web app on a clock the tests set, so that the codes an authenticator app would show can be worked out.</summary>
public sealed class AuthenticatorApp : WaymarkApp
{
    public SettableClock Time { get; } = new(new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero));

    protected override TimeProvider? Clock => Time;
}

public sealed partial class AuthenticatorTests(AuthenticatorApp app) : IClassFixture<AuthenticatorApp>
{
    [Theory]
    [InlineData(59, "287082")]
    [InlineData(1111111109, "081804")]
    [InlineData(1234567890, "005924")]
    [InlineData(2000000000, "279037")]
    public void Code_Rfc6238Sha1TestVectors_AreTheLastSixDigits(long unixSeconds, string code)
    {
        // RFC 6238 appendix B: the secret is the ASCII "12345678901234567890", the codes there have 8 digits.
        const string Key = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

        Assert.Equal(code, AuthenticatorCodes.Code(Key, DateTimeOffset.FromUnixTimeSeconds(unixSeconds)));
    }

    [Fact]
    public async Task SetUp_ConfirmedByAFirstCode_ThenSigningInAsksForTheCodeOfTheTime()
    {
        HttpClient client = await app.SignInAsync(WaymarkApp.AccountableOfficer);

        (HttpStatusCode status, string setup) = await client.GetPageAsync("/account/authenticator");
        string key = Html.Row(setup, "id=\"key\"").Replace(" ", "", StringComparison.Ordinal);
        string first = Code(key, app.Time.Now);
        HttpResponseMessage wrong = await client.PostFormAsync("/account/authenticator", "/account/authenticator", new() { ["Code"] = Other(first) });
        HttpResponseMessage confirmed = await client.PostFormAsync("/account/authenticator", "/account/authenticator", new() { ["Code"] = first });
        string on = await confirmed.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Matches("^[A-Z2-7]{32}$", key);
        Assert.Equal($"otpauth://totp/Waymark:{Uri.EscapeDataString(WaymarkApp.AccountableOfficer)}?secret={key}&issuer=Waymark&algorithm=SHA1&digits=6&period=30", Html.Row(setup, "id=\"setup-address\""));
        Assert.Contains("<title id=\"qr-title\">QR code that adds your Waymark account to an authenticator app</title>", setup, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#code\">The code is not right. Check that the app has the key above, then enter the code it shows now</a>", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("Codes are on", Html.Row(on, "id=\"turned-on\""));
        Assert.Equal(10, RecoveryCodes(on).Count);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/trackers")).StatusCode);

        HttpClient next = app.Anonymous();
        HttpResponseMessage password = await next.PostFormAsync("/sign-in", "/sign-in", new() { ["Email"] = WaymarkApp.AccountableOfficer, ["Password"] = WaymarkHost.Password });
        HttpResponseMessage beforeCode = await next.GetAsync("/trackers");
        HttpResponseMessage reused = await next.PostFormAsync("/sign-in/code", "/sign-in/code", new() { ["Code"] = first });
        app.Time.Now += TimeSpan.FromSeconds(30);
        string second = Code(key, app.Time.Now);
        HttpResponseMessage signedIn = await next.PostFormAsync("/sign-in/code", "/sign-in/code", new() { ["Code"] = second });

        Assert.Equal("/sign-in/code", password.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, beforeCode.StatusCode);
        Assert.Contains("/sign-in?", beforeCode.Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);
        Assert.Contains("<a href=\"#code\">The code is not right. Enter the code your authenticator app shows now</a>", await reused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await next.GetAsync("/trackers")).StatusCode);
        string[] audited = await app.WithDbAsync(db => db.AuditLog
            .Where(a => a.Entity == SignInAudit.Entity && a.EntityKey == WaymarkApp.AccountableOfficer && a.After!.Contains("code"))
            .OrderBy(a => a.Id).Select(a => a.Action + " " + a.After).ToArrayAsync());
        Assert.Equal(
            [SignInAudit.Failed + " {\"method\":\"password and code\",\"reason\":\"wrong code\"}", SignInAudit.SignedIn + " {\"method\":\"password and code\"}"],
            audited);
        Assert.Contains(await app.WithDbAsync(db => db.AuditLog.Where(a => a.Entity == "user" && a.After!.Contains("\"two_factor_enabled\":\"True\"")).Select(a => a.Actor).ToListAsync()),
            actor => actor == WaymarkApp.AccountableOfficer);
    }

    [Fact]
    public async Task RecoveryCode_SignsInOnceInPlaceOfACode()
    {
        HttpClient client = await app.SignInAsync(WaymarkApp.Partner);
        (_, string setup) = await client.GetPageAsync("/account/authenticator");
        string key = Html.Row(setup, "id=\"key\"").Replace(" ", "", StringComparison.Ordinal);
        HttpResponseMessage confirmed = await client.PostFormAsync("/account/authenticator", "/account/authenticator", new() { ["Code"] = Code(key, app.Time.Now) });
        string recovery = RecoveryCodes(await confirmed.Content.ReadAsStringAsync())[3];

        HttpClient first = app.Anonymous();
        await first.PostFormAsync("/sign-in", "/sign-in", new() { ["Email"] = WaymarkApp.Partner, ["Password"] = WaymarkHost.Password });
        HttpResponseMessage used = await first.PostFormAsync("/sign-in/code", "/sign-in/code", new() { ["RecoveryCode"] = recovery });
        HttpClient second = app.Anonymous();
        await second.PostFormAsync("/sign-in", "/sign-in", new() { ["Email"] = WaymarkApp.Partner, ["Password"] = WaymarkHost.Password });
        HttpResponseMessage again = await second.PostFormAsync("/sign-in/code", "/sign-in/code", new() { ["RecoveryCode"] = recovery });
        (_, string state) = await first.GetPageAsync("/account/authenticator");

        Assert.Equal(HttpStatusCode.Redirect, used.StatusCode);
        Assert.Contains("<a href=\"#recovery-code\">The recovery code is not right, or has been used</a>", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("Signing in with your password also needs the code your authenticator app shows. You have 9 recovery codes left.", Html.Row(state, "id=\"state\""));
        string stored = await app.WithDbAsync(db => db.Users.Where(u => u.Email == WaymarkApp.Partner).Select(u => u.RecoveryCodes!).SingleAsync());
        Assert.DoesNotContain(recovery, stored, StringComparison.Ordinal);
        Assert.Equal(9, stored.Split(';').Length);
    }

    [Fact]
    public async Task AdministratorsRequired_AnAdministratorWithoutCodesIsSentToSetThemUp()
    {
        await app.SetPasswordsAsync();
        await using WebApplicationFactory<Program> required = app.WithWebHostBuilder(b => b.UseSetting(SignInSettings.AdministratorCodesSetting, "required"));
        HttpClient admin = await SignInAsync(required, WaymarkApp.Administrator);
        HttpClient officer = await SignInAsync(required, WaymarkApp.DataOfficer);

        HttpResponseMessage sent = await admin.GetAsync("/admin/users");
        (HttpStatusCode status, string setup) = await admin.GetPageAsync("/account/authenticator?required=true");
        string key = Html.Row(setup, "id=\"key\"").Replace(" ", "", StringComparison.Ordinal);
        HttpResponseMessage on = await admin.PostFormAsync("/account/authenticator?required=true", "/account/authenticator", new() { ["Code"] = Code(key, app.Time.Now), ["Required"] = "true" });
        string turnedOn = await on.Content.ReadAsStringAsync();
        HttpResponseMessage after = await admin.GetAsync("/admin/users");
        HttpResponseMessage turnOff = await admin.PostFormAsync("/account/authenticator", "/account/authenticator?handler=TurnOff", []);

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal("/account/authenticator?required=True", sent.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Administrators must use codes from an authenticator app to sign in. Set one up to go on using Waymark", Html.Row(setup, "id=\"required\""));
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync("/trackers")).StatusCode);
        Assert.Equal("Codes are on", Html.Row(turnedOn, "id=\"turned-on\""));
        Assert.DoesNotContain("Turn codes off", turnedOn, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Equal(HttpStatusCode.OK, turnOff.StatusCode);
        Assert.True(await app.WithDbAsync(db => db.Users.Where(u => u.Email == WaymarkApp.Administrator).Select(u => u.TwoFactorEnabled).SingleAsync()));
    }

    private static async Task<HttpClient> SignInAsync(WebApplicationFactory<Program> factory, string email)
    {
        HttpClient client = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = true });
        HttpResponseMessage response = await client.PostFormAsync("/sign-in", "/sign-in", new() { ["Email"] = email, ["Password"] = WaymarkHost.Password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>The code an authenticator app shows at <paramref name="at"/>, worked out here by RFC 6238 (HMAC-SHA-1, 30-second steps, 6 digits).</summary>
    internal static string Code(string base32Key, DateTimeOffset at)
    {
        byte[] secret = Base32(base32Key);
        long step = at.ToUnixTimeSeconds() / 30;
        byte[] counter = BitConverter.GetBytes(step);
        if (BitConverter.IsLittleEndian)
        {
            Array.Reverse(counter);
        }

#pragma warning disable CA5350 // RFC 6238's codes, which authenticator apps show, are made with HMAC-SHA-1.
        byte[] hash = HMACSHA1.HashData(secret, counter);
#pragma warning restore CA5350
        int offset = hash[^1] & 0x0f;
        int binary = ((hash[offset] & 0x7f) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
    }

    private static byte[] Base32(string text)
    {
        const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (char c in text.TrimEnd('='))
        {
            buffer = (buffer << 5) | Alphabet.IndexOf(c, StringComparison.Ordinal);
            bits += 5;
            if (bits >= 8)
            {
                bytes.Add((byte)(buffer >> (bits - 8)));
                bits -= 8;
            }
        }

        return [.. bytes];
    }

    internal static string Other(string code) => ((int.Parse(code, CultureInfo.InvariantCulture) + 500_000) % 1_000_000).ToString("D6", CultureInfo.InvariantCulture);

    private static List<string> RecoveryCodes(string html) => [.. RecoveryCodePattern().Matches(html).Select(m => m.Groups[1].Value)];

    [GeneratedRegex(@"<li><code>([^<]+)</code></li>")]
    private static partial Regex RecoveryCodePattern();
}
