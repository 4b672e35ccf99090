using System.Net;
using System.Text;
using System.Text.Json;

using Waymark.Web.Tests.Api;

namespace Waymark.Web.Tests.Admin;

/// <summary>A file over the size limit is refused in words at any size, on the upload page and in the API.</summary>
public sealed class UploadSizeTests(WaymarkApp app) : IClassFixture<WaymarkApp>
{
    private const int FortyFiveMegabytes = 45 * 1024 * 1024;

    [Fact]
    public async Task Upload_Of45Megabytes_SaysTheFileIsTooLargeAndItsLimit()
    {
        HttpClient admin = await app.SignInAsync(WaymarkApp.Administrator);

        HttpResponseMessage response = await PostLargeAsync(admin);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        string text = Html.Text(await response.Content.ReadAsStringAsync());
        Assert.Contains("The file is too large", text, StringComparison.Ordinal);
        Assert.Contains("Files of up to 10 MB can be uploaded, and what you sent is larger than 40 MB.", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApiBodyOf45Megabytes_Is413ProblemNamingTheLimit()
    {
        HttpClient owner = await app.TokenClientAsync(WaymarkApp.DataOfficer);
        int id = await app.IndicatorIdAsync("NI 66");
        string body = "{\"period\": \"2011/12 Q1\", \"value\": 90, \"commentary\": \"" + new string('a', FortyFiveMegabytes) + "\"}";

        (HttpResponseMessage response, JsonElement problem) = await ApiErrorTests.ProblemAsync(
            await owner.PutAsync($"/api/indicators/{id}/results", new StringContent(body, Encoding.UTF8, "application/json")));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("The request's body is larger than the 40 MB Waymark accepts", problem.GetProperty("detail").GetString());
    }

    private static async Task<HttpResponseMessage> PostLargeAsync(HttpClient client)
    {
        string page = await client.GetStringAsync("/admin/uploads");
        string token = WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("results"), "Kind" },
            { new ByteArrayContent(new byte[FortyFiveMegabytes]), "Upload", "results.csv" },
        };
        return await client.PostAsync("/admin/uploads", form);
    }
}
