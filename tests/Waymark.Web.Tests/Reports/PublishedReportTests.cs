using System.Net;
using System.Security.Cryptography;
using System.Text.RegularExpressions;

using Microsoft.EntityFrameworkCore;

using Waymark.Periods;

namespace Waymark.Web.Tests.Reports;

/// <summary>Publishing a report from the web: frozen in every format, served unchanged to anyone, and compared with today's figures.</summary>
public sealed partial class PublishedReportTests(WaymarkApp app) : IClassFixture<WaymarkApp>
{
    private const string Query = "?board=Children%27s%20Services%20Scrutiny%20Board&period=2010%2F11%20Q3";

    [Fact]
    public async Task Published_ThenAResultChanges_TheFilesServedAreByteIdenticalAndTheChangeIsListed()
    {
        HttpClient administrator = await app.SignInAsync(WaymarkApp.Administrator);
        HttpResponseMessage published = await administrator.PostFormAsync("/reports/publish" + Query, "/reports/publish" + Query, []);
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        string location = published.Headers.Location!.OriginalString;
        Assert.Matches("^/reports/published/[0-9]+$", location);

        int id = int.Parse(location["/reports/published/".Length..], System.Globalization.CultureInfo.InvariantCulture);
        var stored = await app.WithDbAsync(db => db.PublishedReports.AsNoTracking().Where(r => r.Id >= id).OrderBy(r => r.Id).Select(r => new { r.Format, r.Content, r.ContentHash }).ToListAsync());
        Assert.Equal(["html", "pdf", "docx", "xlsx", "csv"], stored.Select(s => s.Format));

        await app.WithDbAsync(async db =>
        {
            int ni66 = await db.Indicators.Where(i => i.Code == "NI 66").Select(i => i.Id).SingleAsync();
            ReportingPeriod q3 = ReportingPeriod.Parse("2010/11 Q3");
            Data.Measures.Result result = await db.Results.SingleAsync(r => r.IndicatorId == ni66 && r.Period == q3);
            result.Value = 12.5m;
            return await db.SaveChangesAsync();
        });

        HttpClient anonymous = app.Anonymous();
        foreach (var file in stored)
        {
            HttpResponseMessage response = await anonymous.GetAsync($"{location}/{file.Format}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            byte[] served = await response.Content.ReadAsByteArrayAsync();
            Assert.Equal(file.Content, served);
            Assert.Equal(file.ContentHash, Convert.ToHexStringLower(SHA256.HashData(served)));
        }

        string page = (await anonymous.GetPageAsync(location)).Html;
        Assert.Contains(Html.Text(PublishedSummary()), Html.Text(page), StringComparison.Ordinal);
        foreach (var file in stored)
        {
            Assert.Contains($"<code>{file.ContentHash}</code>", page, StringComparison.Ordinal);
        }

        string changes = Html.Text((await administrator.GetPageAsync(location + "/changes")).Html);
        Assert.Matches(ChangedSummary(), changes);
        Assert.DoesNotContain("Nothing has changed", changes, StringComparison.Ordinal);

        string list = (await anonymous.GetPageAsync("/reports/published")).Html;
        string row = Html.Row(list, $"data-publication=\"{id}\"");
        Assert.Contains("Children's Services Scrutiny Board, Q3 2010/11", row, StringComparison.Ordinal);
        Assert.Contains($"html: {stored[0].ContentHash}", row, StringComparison.Ordinal);
        Assert.Matches("[0-9]{1,2} [A-Z][a-z]+ [0-9]{4} [0-9]{2}:[0-9]{2} UTC", row);
    }

    [Fact]
    public async Task Anonymous_ReadsPublishedReports_AndIsSentToSignInForEverythingElse()
    {
        int id = await app.PublicationAsync();
        HttpClient anonymous = app.Anonymous();

        string list = (await anonymous.GetPageAsync("/reports/published")).Html;
        string report = (await anonymous.GetPageAsync($"/reports/published/{id}")).Html;

        Assert.Contains($"href=\"/reports/published/{id}\"", list, StringComparison.Ordinal);
        Assert.Contains("Red 4 12% Amber 11 33% Green 15 45% Unable to traffic light 3 9%", Html.Text(report), StringComparison.Ordinal);
        Assert.DoesNotContain("/changes", report, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/indicators\"", report, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/reports\"", report, StringComparison.Ordinal);
        foreach (string url in (string[])["/reports", "/reports/preview" + Query, "/reports/download" + Query + "&format=html", "/reports/download" + Query + "&format=pdf",
            "/reports/narrative" + Query + "&section=purpose", "/reports/publish" + Query, $"/reports/published/{id}/changes", "/indicators", "/trackers"])
        {
            HttpResponseMessage response = await anonymous.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/sign-in?", StringComparison.Ordinal), $"{url} gave {response.StatusCode}");
        }

        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/reports/published/{id}/docx")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/reports/published/{id + 1}")).StatusCode);
    }

    private static string PublishedSummary() =>
        "<th scope=\"row\"><span class=\"rating rating-red\">Red</span></th><td class=\"number\">4</td><td class=\"number\">12%</td>";

    [GeneratedRegex("[0-9]+ changes? since the report was published on")]
    private static partial Regex ChangedSummary();
}
