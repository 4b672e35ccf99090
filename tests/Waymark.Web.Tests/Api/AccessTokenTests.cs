using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;

using Microsoft.EntityFrameworkCore;

using Waymark.Data.People;
using Waymark.Web.Api;

namespace Waymark.Web.Tests.Api;

/// <summary>Personal access tokens: created on /account/tokens and shown once, kept as a hash, used, revoked, expired.</summary>
public sealed partial class AccessTokenTests(WaymarkApp app) : IClassFixture<WaymarkApp>
{
    [Fact]
    public async Task EveryPage_SignedIn_LinksToTheAccessTokensPage()
    {
        HttpClient member = await app.SignInAsync(WaymarkApp.Member);

        (HttpStatusCode status, string html) = await member.GetPageAsync("/indicators");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<a class=\"govuk-link\" href=\"/account/tokens\">Access tokens for scripts</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Token_CreatedUsedAndRevoked_WorksUntilRevokedThenIs401()
    {
        HttpClient browser = await app.SignInAsync(WaymarkApp.Director);

        HttpResponseMessage created = await browser.PostFormAsync("/account/tokens", "/account/tokens", new() { ["Name"] = "Board pack script", ["ExpiresIn"] = "30" });
        string html = await created.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.Contains("Token created", html, StringComparison.Ordinal);
        string token = TokenPattern().Match(html).Groups[1].Value;
        Assert.StartsWith(AccessTokens.Prefix, token, StringComparison.Ordinal);
        AccessToken stored = await app.WithDbAsync(db => db.AccessTokens.AsNoTracking().SingleAsync(t => t.Name == "Board pack script"));
        Assert.Equal(AccessTokens.Hash(token), stored.TokenHash);
        Assert.Equal(30, (stored.ExpiresAt - stored.CreatedAt).TotalDays);
        Assert.False(await app.WithDbAsync(db => db.AuditLog.AnyAsync(a => a.After != null && a.After.Contains(stored.TokenHash))));

        (_, string list) = await browser.GetPageAsync("/account/tokens");
        Assert.DoesNotContain(token, list, StringComparison.Ordinal);
        Assert.Contains("Board pack script", list, StringComparison.Ordinal);
        Assert.Contains($"data-token=\"{stored.Id}\"", list, StringComparison.Ordinal);

        HttpClient script = app.WithToken(token);
        Assert.Equal(HttpStatusCode.OK, (await script.GetAsync("/api/summaries?period=2010/11 Q3")).StatusCode);

        HttpResponseMessage revoked = await browser.PostFormAsync("/account/tokens", "/account/tokens?handler=Revoke", new() { ["id"] = stored.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        (_, string after) = await browser.GetPageAsync(revoked.Headers.Location!.OriginalString);
        Assert.Contains("Token ‘Board pack script’ revoked", after, StringComparison.Ordinal);
        Assert.Contains("<td class=\"govuk-table__cell\" data-field=\"status\">Revoked</td>", after, StringComparison.Ordinal);

        HttpResponseMessage refused = await script.GetAsync("/api/summaries?period=2010/11 Q3");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal("Bearer", refused.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Fact]
    public async Task Create_WithoutNameOrExpiry_ShowsBothErrors()
    {
        HttpClient browser = await app.SignInAsync(WaymarkApp.Member);

        HttpResponseMessage response = await browser.PostFormAsync("/account/tokens", "/account/tokens", new() { ["Name"] = " " });
        string html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<a href=\"#name\">Enter a name for the token, such as the script that will use it</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#expires-in\">Select when the token expires</a>", html, StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.AccessTokens.AnyAsync(t => t.Name == " ")));
    }

    [Fact]
    public async Task Revoke_SomeoneElsesToken_IsNotFoundAndLeavesItWorking()
    {
        string token = await app.CreateTokenAsync(WaymarkApp.Partner);
        int id = await app.WithDbAsync(db => db.AccessTokens.Where(t => t.TokenHash == AccessTokens.Hash(token)).Select(t => t.Id).SingleAsync());
        HttpClient browser = await app.SignInAsync(WaymarkApp.Member);

        HttpResponseMessage response = await browser.PostFormAsync("/account/tokens", "/account/tokens?handler=Revoke", new() { ["id"] = id.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.WithToken(token).GetAsync("/api/trackers")).StatusCode);
    }

    [Fact]
    public async Task Tokens_ExpiredRevokedOrUnknown_Are401()
    {
        string expired = await app.CreateTokenAsync(WaymarkApp.Administrator, TimeSpan.FromMinutes(-1));
        string revoked = await app.CreateTokenAsync(WaymarkApp.Administrator, revoked: true);

        Assert.Equal(HttpStatusCode.Unauthorized, (await app.WithToken(expired).GetAsync("/api/indicators")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.WithToken(revoked).GetAsync("/api/indicators")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.WithToken(AccessTokens.Create()).GetAsync("/api/indicators")).StatusCode);
    }

    [Fact]
    public async Task Token_OnAPage_DoesNotSignIn()
    {
        HttpClient script = await app.TokenClientAsync(WaymarkApp.Administrator);

        HttpResponseMessage response = await script.GetAsync("/indicators");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/sign-in?", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Write_WithTheSessionCookie_NeedsTheAntiforgeryToken()
    {
        HttpClient browser = await app.SignInAsync(WaymarkApp.DataOfficer);
        int id = await app.IndicatorIdAsync("NI 66");
        var body = new { period = "2012/13 Q1", value = 95.0m, commentary = "Ahead of target." };

        HttpResponseMessage without = await browser.PostAsJsonAsync($"/api/indicators/{id}/results", body);
        (_, string page) = await browser.GetPageAsync("/trackers");
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/indicators/{id}/results") { Content = JsonContent.Create(body) };
        request.Headers.Add("RequestVerificationToken", WebUtility.HtmlDecode(FormTokenPattern().Match(page).Groups[1].Value));
        HttpResponseMessage with = await browser.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, without.StatusCode);
        Assert.Contains("Antiforgery token missing or invalid", await without.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, with.StatusCode);
    }

    [GeneratedRegex("<code class=\"govuk-!-font-weight-bold\" id=\"token\">([^<]+)</code>")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex FormTokenPattern();
}
