using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

using Waymark.Web.Accounts;
using Waymark.Web.Api;
using Waymark.Web.Tests.Api;
using Waymark.Web.Tests.Security;

namespace Waymark.Web.Tests.Accounts;

/// <summary>
/// The second step of signing in held to its rules everywhere: the API refuses an administrator who must use codes and
/// has none, by token and by session alike, and codes are limited per account from every address together.
/// </summary>
public sealed class AdministratorCodesApiTests(AuthenticatorApp app) : IClassFixture<AuthenticatorApp>
{
    [Fact]
    public async Task AdministratorsRequired_AnAdministratorWithoutCodes_IsRefusedByTheApiByTokenAndSessionUntilCodesAreSetUp()
    {
        await app.SetPasswordsAsync();
        string adminToken = await app.CreateTokenAsync(WaymarkApp.Administrator);
        string officerToken = await app.CreateTokenAsync(WaymarkApp.DataOfficer);
        HttpStatusCode optional = (await app.WithToken(adminToken).GetAsync("/api/indicators")).StatusCode;
        await using WebApplicationFactory<Program> required = app.WithWebHostBuilder(b => b.UseSetting(SignInSettings.AdministratorCodesSetting, "required"));

        HttpResponseMessage byToken = await Client(required, adminToken).GetAsync("/api/indicators");
        JsonElement problem = JsonDocument.Parse(await byToken.Content.ReadAsStringAsync()).RootElement;
        HttpResponseMessage officer = await Client(required, officerToken).GetAsync("/api/indicators");
        HttpClient session = Client(required, null);
        Assert.Equal(HttpStatusCode.Redirect, (await session.PostFormAsync("/sign-in", "/sign-in", new() { ["Email"] = WaymarkApp.Administrator, ["Password"] = WaymarkHost.Password })).StatusCode);
        HttpResponseMessage bySession = await session.GetAsync("/api/indicators");

        Assert.Equal(HttpStatusCode.OK, optional);
        Assert.Equal(HttpStatusCode.Forbidden, byToken.StatusCode);
        Assert.Equal("application/problem+json", byToken.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Authenticator app required", problem.GetProperty("title").GetString());
        Assert.Equal("Administrators must use codes from an authenticator app: set one up at /account/authenticator, then this token and your session work again", problem.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.OK, officer.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, bySession.StatusCode);

        (_, string setup) = await session.GetPageAsync("/account/authenticator?required=true");
        string key = Html.Row(setup, "id=\"key\"").Replace(" ", "", StringComparison.Ordinal);
        HttpResponseMessage on = await session.PostFormAsync("/account/authenticator?required=true", "/account/authenticator", new() { ["Code"] = AuthenticatorTests.Code(key, app.Time.Now), ["Required"] = "true" });

        Assert.Equal("Codes are on", Html.Row(await on.Content.ReadAsStringAsync(), "id=\"turned-on\""));
        Assert.Equal(HttpStatusCode.OK, (await Client(required, adminToken).GetAsync("/api/indicators")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/api/indicators")).StatusCode);
    }

    [Fact]
    public async Task Codes_ThreeWrongAtOneAccountFromTwoAddresses_TheFourthIsHeldBackEvenFromAThirdAddress()
    {
        await app.SetPasswordsAsync();
        HttpClient owner = await app.SignInAsync(WaymarkApp.Member);
        (_, string setup) = await owner.GetPageAsync("/account/authenticator");
        string key = Html.Row(setup, "id=\"key\"").Replace(" ", "", StringComparison.Ordinal);
        string code = AuthenticatorTests.Code(key, app.Time.Now);
        Assert.Equal(HttpStatusCode.OK, (await owner.PostFormAsync("/account/authenticator", "/account/authenticator", new() { ["Code"] = code })).StatusCode);
        app.Time.Now += TimeSpan.FromSeconds(30);
        string now = AuthenticatorTests.Code(key, app.Time.Now);
        await using WebApplicationFactory<Program> limited = app.WithWebHostBuilder(b =>
        {
            b.UseSetting(SignInLimits.PerAccountSetting, "3");
            b.UseSetting(SignInLimits.PerAddressSetting, "6");
            b.ConfigureTestServices(s => s.AddSingleton<IStartupFilter>(new SignInLimitTests.AddressFromHeader()));
        });

        var answers = new List<HttpStatusCode>();
        foreach ((string address, int wrong) in new[] { ("192.0.2.31", 2), ("192.0.2.32", 1) })
        {
            HttpClient client = await PasswordGivenAsync(limited, address);
            for (int i = 0; i < wrong; i++)
            {
                answers.Add((await client.PostFormAsync("/sign-in/code", "/sign-in/code", new() { ["Code"] = AuthenticatorTests.Other(now) })).StatusCode);
            }
        }

        HttpResponseMessage right = await (await PasswordGivenAsync(limited, "192.0.2.33")).PostFormAsync("/sign-in/code", "/sign-in/code", new() { ["Code"] = now });
        HttpResponseMessage otherAccount = await (await PasswordGivenAsync(limited, "192.0.2.33", WaymarkApp.Director)).GetAsync("/trackers");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK], answers);
        Assert.Equal(HttpStatusCode.TooManyRequests, right.StatusCode);
        Assert.Contains("Try again in 15 minutes.", await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, otherAccount.StatusCode);
        Assert.Equal(
            "{\"method\":\"code\",\"reason\":\"too many attempts from 192.0.2.33; held back for 15 minutes\"}",
            await app.WithDbAsync(db => db.AuditLog.Where(a => a.Entity == SignInAudit.Entity && a.Action == SignInAudit.Limited && a.EntityKey.ToLower() == WaymarkApp.Member.ToLower()).Select(a => a.After!).SingleAsync()));
    }

    private static async Task<HttpClient> PasswordGivenAsync(WebApplicationFactory<Program> factory, string address, string email = WaymarkApp.Member)
    {
        HttpClient client = Client(factory, null);
        client.DefaultRequestHeaders.Add(SignInLimitTests.AddressHeader, address);
        HttpResponseMessage password = await client.PostFormAsync("/sign-in", "/sign-in", new() { ["Email"] = email, ["Password"] = WaymarkHost.Password });
        Assert.Equal(HttpStatusCode.Redirect, password.StatusCode);
        return client;
    }

    private static HttpClient Client(WebApplicationFactory<Program> factory, string? token)
    {
        HttpClient client = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = true });
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(AccessTokenAuthentication.Name, token);
        }

        return client;
    }
}
