using System.Net;
using System.Net.Http.Json;

using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

using Waymark.Data.People;
using Waymark.Web.Tests.Api;

namespace Waymark.Web.Tests.Security;

/// <summary>
/// Access ends at once when it should: a locked account, a role taken away, a deleted account or a signed-out session is
/// refused from the next request, in the browser and through access tokens, whether or not the change came through a page.
/// </summary>
public sealed class SessionEndTests(WaymarkApp app) : IClassFixture<WaymarkApp>
{
    [Fact]
    public async Task Session_AccountLockedInTheStore_IsRefusedOnTheNextRequest()
    {
        string email = await NewUserAsync("locked.in.store", RoleNames.Member);
        HttpClient browser = await app.SignInAsync(email);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/indicators")).StatusCode);

        await SetLockoutAsync(email, DateTimeOffset.MaxValue);
        HttpResponseMessage after = await browser.GetAsync("/indicators");

        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("https://localhost/sign-in?", after.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Session_AccountLockedByAnAdministrator_IsRefusedOnTheNextRequest()
    {
        string email = await NewUserAsync("locked.by.admin", RoleNames.Member);
        HttpClient browser = await app.SignInAsync(email);
        HttpClient admin = await app.SignInAsync(WaymarkApp.Administrator);
        int id = await UserIdAsync(email);

        HttpResponseMessage locked = await admin.PostFormAsync($"/admin/users/edit/{id}", $"/admin/users/edit/{id}?handler=Lock", []);
        HttpResponseMessage after = await browser.GetAsync("/indicators");

        Assert.Equal(HttpStatusCode.Redirect, locked.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("https://localhost/sign-in?", after.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Session_AdministratorRoleRemovedInTheStore_LosesTheAdministrationPagesOnTheNextRequest()
    {
        string email = await NewUserAsync("demoted.admin", RoleNames.Administrator, RoleNames.Member);
        HttpClient browser = await app.SignInAsync(email);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/admin/users")).StatusCode);

        await app.WithDbAsync(async db =>
        {
            User user = await db.Users.Include(u => u.Roles).SingleAsync(u => u.Email == email);
            user.Roles.RemoveAll(r => r.Role == RoleNames.Administrator);
            return await db.SaveChangesAsync();
        });

        Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetAsync("/admin/users")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/indicators")).StatusCode);
    }

    [Fact]
    public async Task SignOut_ReplayedSessionCookie_IsRefused()
    {
        string email = await NewUserAsync("signed.out", RoleNames.Member);
        await app.SetPasswordsAsync();
        HttpClient browser = app.Anonymous();
        HttpResponseMessage signedIn = await browser.PostFormAsync("/sign-in", "/sign-in", new() { ["Email"] = email, ["Password"] = WaymarkApp.Password });
        string cookie = Assert.Single(signedIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("waymark-session=", StringComparison.Ordinal)).Split(';')[0];

        HttpResponseMessage signOut = await browser.PostFormAsync("/", "/sign-out", []);
        HttpClient replay = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://localhost"),
            AllowAutoRedirect = false,
            HandleCookies = false,
        });
        replay.DefaultRequestHeaders.Add("Cookie", cookie);
        HttpResponseMessage replayed = await replay.GetAsync("/indicators");

        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, replayed.StatusCode);
        Assert.StartsWith("https://localhost/sign-in?", replayed.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Token_OfALockedAccount_Is401()
    {
        string email = await NewUserAsync("locked.token", RoleNames.Member);
        HttpClient script = await app.TokenClientAsync(email);
        Assert.Equal(HttpStatusCode.OK, (await script.GetAsync("/api/trackers")).StatusCode);

        await SetLockoutAsync(email, DateTimeOffset.MaxValue);

        Assert.Equal(HttpStatusCode.Unauthorized, (await script.GetAsync("/api/trackers")).StatusCode);
    }

    [Fact]
    public async Task Token_OfADeletedAccount_Is401()
    {
        string email = await NewUserAsync("deleted.token", RoleNames.Member);
        HttpClient script = await app.TokenClientAsync(email);
        Assert.Equal(HttpStatusCode.OK, (await script.GetAsync("/api/trackers")).StatusCode);

        await app.WithDbAsync(async db =>
        {
            User user = await db.Users.SingleAsync(u => u.Email == email);
            db.Users.Remove(user);
            return await db.SaveChangesAsync();
        });

        Assert.Equal(HttpStatusCode.Unauthorized, (await script.GetAsync("/api/trackers")).StatusCode);
    }

    [Fact]
    public async Task Token_AfterTheAdministratorRoleIsRemoved_CarriesOnlyTheRolesHeldNow()
    {
        string email = await NewUserAsync("demoted.token", RoleNames.Administrator, RoleNames.Member);
        HttpClient script = await app.TokenClientAsync(email);
        int id = await app.IndicatorIdAsync("NI 66");
        Assert.Equal(HttpStatusCode.Created, (await script.PostAsJsonAsync($"/api/indicators/{id}/results", new { period = "2013/14 Q1", value = 90.0m })).StatusCode);

        await app.WithDbAsync(async db =>
        {
            User user = await db.Users.Include(u => u.Roles).SingleAsync(u => u.Email == email);
            user.Roles.RemoveAll(r => r.Role == RoleNames.Administrator);
            return await db.SaveChangesAsync();
        });

        Assert.Equal(HttpStatusCode.Forbidden, (await script.PostAsJsonAsync($"/api/indicators/{id}/results", new { period = "2013/14 Q2", value = 91.0m })).StatusCode);
    }

    private async Task<string> NewUserAsync(string name, params string[] roles)
    {
        string email = name + "@example.org";
        await app.SetPasswordsAsync();
        await using AsyncServiceScope scope = app.Services.CreateAsyncScope();
        UserManager<User> users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        var user = new User { Email = email, Name = name };
        foreach (string role in roles)
        {
            user.Roles.Add(new UserRole { Role = role });
        }

        IdentityResult result = await users.CreateAsync(user, WaymarkApp.Password);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
        return email;
    }

    private Task<int> UserIdAsync(string email) => app.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    private Task<int> SetLockoutAsync(string email, DateTimeOffset end) => app.WithDbAsync(async db =>
    {
        User user = await db.Users.SingleAsync(u => u.Email == email);
        user.LockoutEnd = end;
        return await db.SaveChangesAsync();
    });
}
