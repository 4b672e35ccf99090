using System.Net;

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

using Waymark.Web.Accounts;

namespace Waymark.Web.Tests.Security;

/// <summary>
/// Attempts to sign in held back per client address and per account from an address: the app is served with 3 attempts
/// at one account from one address and 6 from one address in all, and each client says which address it comes from.
/// </summary>
public sealed class SignInLimitTests(WaymarkApp app) : IClassFixture<WaymarkApp>
{
    internal const string AddressHeader = "X-Test-Client-Address";

    [Fact]
    public async Task SignIn_ThreeAttemptsAtOneAccount_TheFourthGetsThe429PageSayingWhenToTryAgain()
    {
        await using WebApplicationFactory<Program> limited = await LimitedAsync();
        HttpClient stranger = Client(limited, "192.0.2.10");
        for (int i = 0; i < 3; i++)
        {
            HttpResponseMessage guess = await stranger.PostFormAsync("/sign-in", "/sign-in", new() { ["Email"] = WaymarkApp.Partner, ["Password"] = "guess " + i });
            Assert.Equal(HttpStatusCode.OK, guess.StatusCode);
        }

        HttpResponseMessage response = await stranger.PostFormAsync("/sign-in", "/sign-in", new() { ["Email"] = WaymarkApp.Partner, ["Password"] = WaymarkApp.Password });
        string html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        int retryAfter = int.Parse(string.Join(' ', response.Headers.GetValues("Retry-After")), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(retryAfter, 14 * 60, 15 * 60);
        Assert.Contains("<h1 class=\"govuk-heading-l\">There have been too many attempts to sign in</h1>", html, StringComparison.Ordinal);
        Assert.Contains("Waymark has held back signing in from here for a while. Try again in 15 minutes.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("waymark-session=", string.Join(' ', response.Headers.TryGetValues("Set-Cookie", out IEnumerable<string>? cookies) ? cookies : []), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_WhileAStrangerHammersAnAccount_ItsOwnerCanSignInFromAnotherAddress()
    {
        await using WebApplicationFactory<Program> limited = await LimitedAsync();
        HttpClient stranger = Client(limited, "198.51.100.7");
        var answers = new List<HttpStatusCode>();
        for (int i = 0; i < 8; i++)
        {
            answers.Add((await stranger.PostFormAsync("/sign-in", "/sign-in", new() { ["Email"] = WaymarkApp.Director, ["Password"] = "guess " + i })).StatusCode);
        }

        HttpResponseMessage owner = await Client(limited, "203.0.113.20").PostFormAsync("/sign-in", "/sign-in", new() { ["Email"] = WaymarkApp.Director, ["Password"] = WaymarkApp.Password });
        HttpResponseMessage strangerAgain = await stranger.PostFormAsync("/sign-in", "/sign-in", new() { ["Email"] = WaymarkApp.Director, ["Password"] = WaymarkApp.Password });

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.OK, 3), .. Enumerable.Repeat(HttpStatusCode.TooManyRequests, 5)], answers);
        Assert.Equal(HttpStatusCode.Redirect, owner.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, strangerAgain.StatusCode);
        Assert.Null(await app.WithDbAsync(db => db.Users.Where(u => u.Email == WaymarkApp.Director).Select(u => u.LockoutEnd).SingleAsync()));
        Assert.Equal(
            [SignInAudit.Failed, SignInAudit.Failed, SignInAudit.Failed, SignInAudit.Limited, SignInAudit.SignedIn],
            await app.WithDbAsync(db => db.AuditLog.Where(a => a.Entity == SignInAudit.Entity && a.EntityKey.ToLower() == WaymarkApp.Director.ToLower()).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync()));
    }

    [Fact]
    public async Task SignIn_SixAttemptsFromOneAddressAtAnyAccounts_TheSeventhGetsThe429Page()
    {
        await using WebApplicationFactory<Program> limited = await LimitedAsync();
        HttpClient stranger = Client(limited, "192.0.2.99");
        for (int i = 0; i < 6; i++)
        {
            HttpResponseMessage guess = await stranger.PostFormAsync("/sign-in", "/sign-in", new() { ["Email"] = $"guess{i}@example.org", ["Password"] = "a guess" });
            Assert.Equal(HttpStatusCode.OK, guess.StatusCode);
        }

        HttpResponseMessage response = await stranger.PostFormAsync("/sign-in", "/sign-in", new() { ["Email"] = WaymarkApp.Member, ["Password"] = WaymarkApp.Password });
        string html = await response.Content.ReadAsStringAsync();
        HttpResponseMessage elsewhere = await Client(limited, "192.0.2.100").PostFormAsync("/sign-in", "/sign-in", new() { ["Email"] = WaymarkApp.Member, ["Password"] = WaymarkApp.Password });

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Contains("Try again in 10 minutes.", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, elsewhere.StatusCode);
    }

    [Fact]
    public async Task ForgottenPassword_ThreeRequestsForOneAccount_TheFourthIsHeldBackButSigningInIsNot()
    {
        await using WebApplicationFactory<Program> limited = await LimitedAsync();
        HttpClient stranger = Client(limited, "192.0.2.77");
        var answers = new List<HttpStatusCode>();
        for (int i = 0; i < 4; i++)
        {
            answers.Add((await stranger.PostFormAsync("/sign-in", "/forgotten-password", new() { ["Email"] = WaymarkApp.OtherDataOfficer })).StatusCode);
        }

        HttpResponseMessage signIn = await stranger.PostFormAsync("/sign-in", "/sign-in", new() { ["Email"] = WaymarkApp.OtherDataOfficer, ["Password"] = WaymarkApp.Password });

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], answers);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal(
            "{\"method\":\"password reset\",\"reason\":\"too many attempts from 192.0.2.77; held back for 15 minutes\"}",
            await app.WithDbAsync(db => db.AuditLog.Where(a => a.Entity == SignInAudit.Entity && a.Action == SignInAudit.Limited && a.After!.Contains("192.0.2.77")).Select(a => a.After!).SingleAsync()));
    }

    [Fact]
    public void InWords_RoundsTheWaitUp()
    {
        Assert.Equal("15 minutes", SignInLimits.InWords(TimeSpan.FromSeconds(14 * 60 + 1)));
        Assert.Equal("1 minute", SignInLimits.InWords(TimeSpan.FromSeconds(60)));
        Assert.Equal("40 seconds", SignInLimits.InWords(TimeSpan.FromSeconds(39.2)));
    }

    private async Task<WebApplicationFactory<Program>> LimitedAsync()
    {
        await app.SetPasswordsAsync();
        return app.WithWebHostBuilder(b =>
        {
            b.UseSetting(SignInLimits.PerAccountSetting, "3");
            b.UseSetting(SignInLimits.PerAddressSetting, "6");
            b.ConfigureTestServices(s => s.AddSingleton<IStartupFilter>(new AddressFromHeader()));
        });
    }

    private static HttpClient Client(WebApplicationFactory<Program> factory, string address)
    {
        HttpClient client = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = true });
        client.DefaultRequestHeaders.Add(AddressHeader, address);
        return client;
    }

    /// <summary>Gives each request the client address its test client names, as a server's connection would.</summary>
    internal sealed class AddressFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse(context.Request.Headers[AddressHeader].ToString());
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
