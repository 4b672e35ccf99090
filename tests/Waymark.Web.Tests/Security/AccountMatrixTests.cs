using System.Net;

using static Waymark.Web.Tests.Security.AuthorisationMatrixTests;

namespace Waymark.Web.Tests.Security;

/// <summary>
/// The account pages, the error page and an upload's page for every role: signing in and out and the error page are
/// open to anyone (the error page keeps its status, never a redirect to sign in), access tokens, changing one's password and email notices need a signed-in user,
/// and an upload's page an administrator (who is told that an upload that does not exist is not found).
/// </summary>
public sealed class AccountMatrixTests(WaymarkApp app) : IClassFixture<WaymarkApp>
{
    public const string NotFound = "not found";

    public static TheoryData<string, string, string> Pages()
    {
        var data = new TheoryData<string, string, string>();
        foreach (string who in (string[])[Anonymous, WaymarkApp.Administrator, WaymarkApp.DataOfficer, WaymarkApp.AccountableOfficer, WaymarkApp.Director, WaymarkApp.Member, WaymarkApp.Partner])
        {
            data.Add("/sign-in", who, Allowed);
            data.Add("/sign-out", who, Allowed);
            data.Add("/error/404", who, NotFound);
            data.Add("/account/tokens", who, who == Anonymous ? SignIn : Allowed);
            data.Add("/account/password", who, who == Anonymous ? SignIn : Allowed);
            data.Add("/account/notices", who, who == Anonymous ? SignIn : Allowed);
            data.Add("/account/authenticator", who, who == Anonymous ? SignIn : Allowed);
            data.Add("/forgotten-password", who, Allowed);
            data.Add("/reset-password", who, Allowed);
            data.Add("/sign-in/code", who, Allowed);
            data.Add("/admin/uploads/" + new string('0', 32), who, who == Anonymous ? SignIn : who == WaymarkApp.Administrator ? NotFound : Forbidden);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_ForRole_IsAllowedOrRefused(string page, string who, string expected)
    {
        HttpClient client = who == Anonymous ? app.Anonymous() : await app.SignInAsync(who);

        HttpResponseMessage response = await client.GetAsync(page);

        Assert.Equal(expected, response.StatusCode switch
        {
            HttpStatusCode.NotFound => NotFound,
            HttpStatusCode.Forbidden => Forbidden,
            HttpStatusCode.Redirect when response.Headers.Location?.OriginalString.Contains("/sign-in?", StringComparison.Ordinal) == true => SignIn,
            HttpStatusCode.OK => Allowed,
            _ => $"unexpected {(int)response.StatusCode}",
        });
    }
}
