using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Waymark.Web.Tests.Admin;

/// <summary>Uploading a file as a browser does: a multipart form with the antiforgery token of the upload page.</summary>
public static partial class Uploads
{
    public static async Task<HttpResponseMessage> UploadAsync(this HttpClient client, string kind, string fileName, string content)
    {
        ArgumentNullException.ThrowIfNull(client);
        string page = await client.GetStringAsync("/admin/uploads");
        string token = WebUtility.HtmlDecode(Token().Match(page).Groups[1].Value);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(kind), "Kind" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(content)), "Upload", fileName },
        };
        return await client.PostAsync("/admin/uploads", form);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
