using System.Net;
using System.Text.RegularExpressions;

namespace Waymark.Web.Tests;

/// <summary>Posting forms as a browser does: the antiforgery token is read from the page the form is on.</summary>
public static partial class FormPosts
{
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string formPage, string action, Dictionary<string, string> fields)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(fields);
        HttpResponseMessage page = await client.GetAsync(formPage);
        string html = await page.Content.ReadAsStringAsync();
        Match token = TokenPattern().Match(html);
        if (!token.Success)
        {
            throw new InvalidOperationException($"{formPage} ({page.StatusCode}) has no antiforgery token");
        }

        fields["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value);
        return await client.PostAsync(action, new FormUrlEncodedContent(fields));
    }

    public static async Task<(HttpStatusCode Status, string Html)> GetPageAsync(this HttpClient client, string url)
    {
        ArgumentNullException.ThrowIfNull(client);
        HttpResponseMessage response = await client.GetAsync(url);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
