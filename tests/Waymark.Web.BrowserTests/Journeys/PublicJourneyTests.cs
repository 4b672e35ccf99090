using System.Text;

using Microsoft.Playwright;

using Waymark.Web.BrowserTests.Hosting;

namespace Waymark.Web.BrowserTests.Journeys;

/// <summary>
/// The public, not signed in, read what the administrator published (through the preview and publish pages, see
/// <see cref="BrowserFixture.PublicationAsync"/>) and nothing else.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PublicJourneyTests(BrowserFixture browser)
{
    private static readonly HashSet<string> Public = new(StringComparer.Ordinal)
    {
        "", "sign-in", "sign-in/code", "forgotten-password", "reset-password", "sign-out", "error/{code:int?}", "reports/published", "reports/published/{id:int}", "reports/published/{id:int}/{format}",
    };

    [Fact]
    public async Task Public_ReadsAndDownloadsThePublishedReport()
    {
        int published = await browser.PublicationAsync();

        await using BrowserSession reader = await browser.PublicAsync();
        IPage page = reader.Page;
        await reader.GoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Published reports" }).ClickAsync();
        await page.Locator($"a[href='/reports/published/{published}']").ClickAsync();

        Assert.StartsWith("Published on 10 February 2011 09:00 UTC.", await reader.TextAsync("[data-published]"), StringComparison.Ordinal);
        ILocator summary = page.Locator("[data-report] table", new() { Has = page.Locator("caption", new() { HasText = "Performance indicator ratings, Q3 2010/11" }) });
        Assert.Equal(["Red 4 12%", "Amber 11 33%", "Green 15 45%", "Unable to traffic light 3 9%"], [.. (await summary.Locator("tbody tr").AllInnerTextsAsync()).Select(BrowserSession.Squash)]);
        Assert.Equal(0, await page.GetByRole(AriaRole.Link, new() { Name = "What has changed since publication" }).CountAsync());

        IDownload download = await page.RunAndWaitForDownloadAsync(() => page.Locator("[data-file=html] a").ClickAsync());
        Assert.EndsWith(".html", download.SuggestedFilename, StringComparison.Ordinal);
        string html = Encoding.UTF8.GetString(await File.ReadAllBytesAsync(await download.PathAsync()));
        Assert.Contains("<caption>Performance indicator ratings, Q3 2010/11</caption>", html, StringComparison.Ordinal);

        IDownload csv = await page.RunAndWaitForDownloadAsync(() => page.Locator("[data-file=csv] a").ClickAsync());
        Assert.EndsWith(".csv", csv.SuggestedFilename, StringComparison.Ordinal);
        string[] lines = await File.ReadAllLinesAsync(await csv.PathAsync());
        Assert.StartsWith("Indicator,Polarity,", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("NI ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Public_EveryOtherPage_SendsThemToSignIn()
    {
        int published = await browser.PublicationAsync();
        await using BrowserSession reader = await browser.PublicAsync();
        string[] others = [.. browser.Server.PageRoutes().Where(r => !Public.Contains(r))];
        Assert.Contains("indicators/{id:int}/return", others);

        foreach (string route in others)
        {
            string path = "/" + System.Text.RegularExpressions.Regex.Replace(route, @"\{[^}]+\}", published.ToString(System.Globalization.CultureInfo.InvariantCulture));
            IResponse response = await reader.GoAsync(path);
            var landed = new Uri(reader.Page.Url);
            Assert.True(landed.AbsolutePath == "/sign-in", $"{path} showed {landed} ({response.Status}) instead of the sign-in page");
            Assert.Contains("ReturnUrl=" + Uri.EscapeDataString(path), landed.Query, StringComparison.Ordinal);
            Assert.Equal("Sign in to Waymark", await reader.TextAsync("h1"));
        }
    }
}
