using System.Net;

using Microsoft.EntityFrameworkCore;

namespace Waymark.Web.Tests.Reports;

/// <summary>A published file whose content no longer has the SHA-256 it was published with is refused, never served.</summary>
public sealed class PublishedFileIntegrityTests(WaymarkApp app) : IClassFixture<WaymarkApp>
{
    [Fact]
    public async Task ChangedInTheStore_FileAndPageAreRefused_UnchangedFileIsServed()
    {
        int first = await app.PublicationAsync();
        HttpClient anonymous = app.Anonymous();
        HttpResponseMessage before = await anonymous.GetAsync($"/reports/published/{first}/csv");
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);

        byte[] altered = "<html><body>Everything is green</body></html>"u8.ToArray();
        await app.WithDbAsync(db => db.PublishedReports.Where(r => r.Id == first).ExecuteUpdateAsync(s => s.SetProperty(r => r.Content, altered)));

        HttpResponseMessage file = await anonymous.GetAsync($"/reports/published/{first}/html");
        string served = await file.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.InternalServerError, file.StatusCode);
        Assert.DoesNotContain("Everything is green", served, StringComparison.Ordinal);

        HttpResponseMessage page = await anonymous.GetAsync($"/reports/published/{first}");
        Assert.Equal(HttpStatusCode.InternalServerError, page.StatusCode);
        Assert.DoesNotContain("Everything is green", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        HttpResponseMessage csv = await anonymous.GetAsync($"/reports/published/{first}/csv");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal(await before.Content.ReadAsByteArrayAsync(), await csv.Content.ReadAsByteArrayAsync());
    }
}
