using System.Net;

using Microsoft.EntityFrameworkCore;

using Waymark.Periods;

namespace Waymark.Web.Tests.Admin;

/// <summary>Uploads: checked by a dry run first, every problem shown by line, column and value, stored only when confirmed.</summary>
public sealed class UploadTests(WaymarkApp app) : IClassFixture<WaymarkApp>
{
    [Fact]
    public async Task Upload_WithBadRows_ShowsEveryProblemAndStoresNothing()
    {
        HttpClient admin = await app.SignInAsync(WaymarkApp.Administrator);
        int before = await app.WithDbAsync(db => db.Results.CountAsync());
        const string file = "indicator,period,value\nNI 66,2011/12 Q1,91.5\nNI 66,2011/12 Q5,90\nNI 999,2011/12 Q1,3\nNI 67,2011/12 Q1,77,4\n";

        HttpResponseMessage uploaded = await admin.UploadAsync("results", "results.csv", file);
        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        string page = uploaded.Headers.Location!.OriginalString;
        (HttpStatusCode status, string html) = await admin.GetPageAsync(page);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Nothing can be stored: the file has", html, StringComparison.Ordinal);
        Assert.Contains("2011/12 Q5", Html.Row(html, "data-problem-line=\"3\""), StringComparison.Ordinal);
        Assert.Contains("NI 999", Html.Row(html, "data-problem-line=\"4\""), StringComparison.Ordinal);
        Assert.DoesNotContain("handler=Confirm", html, StringComparison.Ordinal);
        HttpResponseMessage confirmed = await admin.PostFormAsync(page, page + "?handler=Confirm", []);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, confirmed.StatusCode);
        Assert.Equal(before, await app.WithDbAsync(db => db.Results.CountAsync()));
    }

    [Fact]
    public async Task Upload_Confirmed_IsStoredAndItsFileRemoved()
    {
        HttpClient admin = await app.SignInAsync(WaymarkApp.Administrator);
        ReportingPeriod year = ReportingPeriod.Parse("2012/13");
        const string file = "indicator,period,target\nNI 66,2012/13,93.5\nNI 67,2012/13,88\n";

        HttpResponseMessage uploaded = await admin.UploadAsync("targets", "targets-2012.csv", file);
        string page = uploaded.Headers.Location!.OriginalString;
        (_, string dryRun) = await admin.GetPageAsync(page);

        Assert.Equal("2", Html.Row(dryRun, "id=\"rows\""));
        Assert.Equal("2", Html.Row(dryRun, "id=\"added\""));
        Assert.Equal("0", Html.Row(dryRun, "id=\"changed\""));
        Assert.Equal(0, await app.WithDbAsync(db => db.Targets.CountAsync(t => t.Period == year)));

        HttpResponseMessage confirmed = await admin.PostFormAsync(page, page + "?handler=Confirm", []);
        string stored = await confirmed.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Equal("targets-2012.csv: 2 rows read; 2 were added, 0 were changed, 0 unchanged.", Html.Row(stored, "id=\"summary\""));
        Assert.Equal(93.5m, await app.WithDbAsync(db => db.Targets.Where(t => t.Period == year).Join(db.Indicators.Where(i => i.Code == "NI 66"), t => t.IndicatorId, i => i.Id, (t, i) => t.Value).SingleAsync()));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(page)).StatusCode);
    }

    [Fact]
    public async Task Upload_OverTheLimit_IsRefusedWithItsSize()
    {
        HttpClient admin = await app.SignInAsync(WaymarkApp.Administrator);

        HttpResponseMessage response = await admin.UploadAsync("results", "huge.csv", new string('x', (11 * 1024 * 1024) + 100));
        string html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<a href=\"#file\">The file must be smaller than 10 MB: huge.csv is 11.0 MB</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_WithoutKindOrFile_SaysWhatIsMissing()
    {
        HttpClient admin = await app.SignInAsync(WaymarkApp.Administrator);

        HttpResponseMessage response = await admin.PostFormAsync("/admin/uploads", "/admin/uploads", new() { ["Kind"] = "" });
        string html = await response.Content.ReadAsStringAsync();

        Assert.Contains("<a href=\"#kind\">Select the kind of file</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#file\">Select a file to upload</a>", html, StringComparison.Ordinal);
    }
}
