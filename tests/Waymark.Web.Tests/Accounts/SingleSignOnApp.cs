using System.Net;
using System.Text.RegularExpressions;

using Microsoft.AspNetCore.Hosting;

using Waymark.Web.Accounts;

namespace Waymark.Web.Tests.Accounts;

/// <summary>The web application signing people in through <paramref name="provider"/> as the client <paramref name="clientId"/>.</summary>
public sealed partial class SingleSignOnApp(OpenIdProvider provider, string clientId, bool localAccounts = true) : WaymarkApp
{
    public const string ProviderName = "Northshire Council sign-in";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting(SignInSettings.IssuerSetting, provider.Issuer.ToString());
        builder.UseSetting(SignInSettings.ClientIdSetting, clientId);
        builder.UseSetting(SignInSettings.ClientSecretSetting, OpenIdProvider.Secret);
        builder.UseSetting(SignInSettings.NameSetting, ProviderName);
        builder.UseSetting(SignInSettings.LocalAccountsSetting, localAccounts ? "true" : "false");
    }

    /// <summary>
    /// Starts single sign-on from the sign-in page, signs in at the provider as <paramref name="login"/> (an email,
    /// with <c>#unverified</c> for one the provider does not vouch for), agrees to share the email, and returns the app's
    /// answer to the provider's redirect back, as a browser would see it.
    /// </summary>
    public static async Task<HttpResponseMessage> SignInThroughProviderAsync(HttpClient client, string login)
    {
        ArgumentNullException.ThrowIfNull(client);
        HttpResponseMessage start = await client.GetAsync("/sign-in?handler=Sso");
        if (start.StatusCode != HttpStatusCode.Redirect || start.Headers.Location is not { } location)
        {
            throw new InvalidOperationException($"Starting single sign-on gave {start.StatusCode}.");
        }

        using var handler = new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer(), UseCookies = true };
        using var browser = new HttpClient(handler);
        HttpResponseMessage response = await browser.GetAsync(location);
        Uri at = location;
        for (int step = 0; step < 12; step++)
        {
            if (response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.SeeOther or HttpStatusCode.Found && response.Headers.Location is { } next)
            {
                at = new Uri(at, next);
                if (at.Host == "localhost")
                {
                    return await client.GetAsync(at);
                }

                response = await browser.GetAsync(at);
                continue;
            }

            string html = await response.Content.ReadAsStringAsync();
            Match form = FormAction().Match(html);
            if (response.StatusCode != HttpStatusCode.OK || !form.Success)
            {
                throw new InvalidOperationException($"The provider answered {response.StatusCode} at {at}: {html}");
            }

            var fields = Inputs().Matches(html).ToDictionary(m => m.Groups[1].Value, m => WebUtility.HtmlDecode(m.Groups[2].Value));
            if (html.Contains("name=\"login\"", StringComparison.Ordinal))
            {
                fields["login"] = login;
                fields["password"] = "any password";
            }

            at = new Uri(at, WebUtility.HtmlDecode(form.Groups[1].Value));
            response = await browser.PostAsync(at, new FormUrlEncodedContent(fields));
        }

        throw new InvalidOperationException("Single sign-on did not come back to Waymark.");
    }

    [GeneratedRegex("<form[^>]*action=\"([^\"]+)\"")]
    private static partial Regex FormAction();

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"")]
    private static partial Regex Inputs();
}
