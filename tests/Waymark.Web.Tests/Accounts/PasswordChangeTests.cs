using System.Net;

using Microsoft.EntityFrameworkCore;

using Waymark.Data.People;

namespace Waymark.Web.Tests.Accounts;

public sealed class PasswordChangeTests(WaymarkApp app) : IClassFixture<WaymarkApp>
{
    private const string NewPassword = "a brand new passphrase";

    [Fact]
    public async Task ChangePassword_RightCurrentPassword_ChangesItAndEndsOtherSessions()
    {
        HttpClient other = await app.SignInAsync(WaymarkApp.Partner);
        HttpClient client = await app.SignInAsync(WaymarkApp.Partner);

        HttpResponseMessage response = await client.PostFormAsync("/account/password", "/account/password",
            new() { ["CurrentPassword"] = WaymarkHost.Password, ["NewPassword"] = NewPassword, ["ConfirmPassword"] = NewPassword });
        string html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Your password has been changed. Your other sessions have been signed out", Html.Row(html, "id=\"changed\""));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/trackers")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await other.GetAsync("/trackers")).StatusCode);
        HttpResponseMessage signIn = await app.Anonymous().PostFormAsync("/sign-in", "/sign-in", new() { ["Email"] = WaymarkApp.Partner, ["Password"] = NewPassword });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
    }

    [Theory]
    [InlineData("wrong password", NewPassword, NewPassword, "current-password", "Your current password is not right")]
    [InlineData("", NewPassword, NewPassword, "current-password", "Enter your current password")]
    [InlineData(WaymarkHost.Password, "", "", "new-password", "Enter a new password")]
    [InlineData(WaymarkHost.Password, "too short", "too short", "new-password", "New password must be 12 characters or more")]
    [InlineData(WaymarkHost.Password, NewPassword, "a brand new passphrasE", "confirm-password", "Enter the same new password twice")]
    public async Task ChangePassword_BadInput_SaysWhatIsWrongAndKeepsThePassword(string current, string password, string confirm, string field, string message)
    {
        HttpClient client = await app.SignInAsync(WaymarkApp.Member);
        string before = await app.WithDbAsync(db => db.Users.Where(u => u.Email == WaymarkApp.Member).Select(u => u.PasswordHash!).SingleAsync());

        HttpResponseMessage response = await client.PostFormAsync("/account/password", "/account/password",
            new() { ["CurrentPassword"] = current, ["NewPassword"] = password, ["ConfirmPassword"] = confirm });
        string html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"<a href=\"#{field}\">{message}</a>", html, StringComparison.Ordinal);
        Assert.Equal(before, await app.WithDbAsync(db => db.Users.Where(u => u.Email == WaymarkApp.Member).Select(u => u.PasswordHash!).SingleAsync()));
    }

    [Fact]
    public async Task ChangePassword_PersonWithoutAPassword_IsNotOffered()
    {
        HttpClient client = await app.SignInAsync(WaymarkApp.Director);
        (_, string home) = await client.GetPageAsync("/");
        Assert.Contains("Change your password", Html.Row(home, "class=\"govuk-body-s waymark-signed-in\""), StringComparison.Ordinal);

        await app.WithDbAsync(async db =>
        {
            User director = await db.Users.SingleAsync(u => u.Email == WaymarkApp.Director);
            director.PasswordHash = null;
            return await db.SaveChangesAsync();
        });
        (_, string after) = await client.GetPageAsync("/");

        Assert.DoesNotContain("Change your password", Html.Row(after, "class=\"govuk-body-s waymark-signed-in\""), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/account/password")).StatusCode);
    }
}
