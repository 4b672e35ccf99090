using System.Net;
using System.Text;

using Microsoft.EntityFrameworkCore;

using Waymark.Data.Reports;
using Waymark.Periods;

namespace Waymark.Web.Tests.Reports;

public sealed class PublishedReportTests(WaymarkApp app) : IClassFixture<WaymarkApp>
{
    [Fact]
    public async Task Anonymous_SeesThePublishedReportsAndReadsThemUnchanged()
    {
        byte[] html = Encoding.UTF8.GetBytes("<!DOCTYPE html><html><head><style>h1{color:#0b0c0c}</style></head><body><h1>Q3 2010/11</h1></body></html>");
        byte[] pdf = [0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37];
        int htmlId = await PublishAsync("html", html);
        int pdfId = await PublishAsync("pdf", pdf);
        HttpClient client = app.Anonymous();

        (HttpStatusCode status, string list) = await client.GetPageAsync("/reports");
        HttpResponseMessage page = await client.GetAsync($"/reports/{htmlId}");
        HttpResponseMessage file = await client.GetAsync($"/reports/{pdfId}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.StartsWith("Children's Services Scrutiny Board Q3 2010/11 17 March 2011 HTML", Html.Row(list, $"data-report=\"{htmlId}\""), StringComparison.Ordinal);
        Assert.Equal(html, await page.Content.ReadAsByteArrayAsync());
        Assert.Equal("text/html; charset=utf-8", page.Content.Headers.ContentType?.ToString());
        Assert.EndsWith("sandbox", string.Join(' ', page.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        Assert.Equal(pdf, await file.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", file.Content.Headers.ContentType?.MediaType);
        Assert.Equal("report-2010-11-Q3.pdf", file.Content.Headers.ContentDisposition?.FileName);
    }

    [Fact]
    public async Task Anonymous_ReportThatWasNeverPublished_IsNotFound()
    {
        HttpClient client = app.Anonymous();

        HttpResponseMessage response = await client.GetAsync("/reports/424242");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private Task<int> PublishAsync(string format, byte[] content) => app.WithDbAsync(async db =>
    {
        int board = await db.Boards.Select(b => b.Id).SingleAsync();
        var report = new PublishedReport
        {
            BoardId = board,
            Period = ReportingPeriod.Parse("2010/11 Q3"),
            Format = format,
            ModelJson = "{}",
            Content = content,
            ContentHash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(content)),
            PublishedBy = "alex.morgan@example.org",
            PublishedAt = new DateTimeOffset(2011, 3, 17, 10, 0, 0, TimeSpan.Zero),
        };
        db.PublishedReports.Add(report);
        await db.SaveChangesAsync();
        return report.Id;
    });
}
