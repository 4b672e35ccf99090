using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

using Waymark.Web.BrowserTests.Hosting;

namespace Waymark.Web.BrowserTests.Journeys;

/// <summary>Councillor Margaret Holt reads whether NI 66's change is real, on a wide screen and on a phone.</summary>
[Collection(BrowserCollection.Name)]
public sealed class IndicatorVariationJourneyTests(BrowserFixture browser)
{
    [Theory]
    [InlineData(1280, 900)]
    [InlineData(390, 844)]
    public async Task Member_ReadsTheXmrChartAndItsWords_WithoutScrollingSideways(int width, int height)
    {
        int id = await browser.Server.WithDbAsync(db => db.Indicators.Where(i => i.Code == "NI 66").Select(i => i.Id).SingleAsync());
        await using BrowserSession member = await browser.PublicAsync();
        await member.SignInAsync(People.Member, WaymarkServer.Password);
        IPage page = member.Page;
        await page.SetViewportSizeAsync(width, height);

        IResponse response = await member.GoAsync($"/indicators/{id}");

        Assert.Equal(200, response.Status);
        Assert.Equal("Variation: is the change real?", await member.TextAsync("#variation-heading"));
        Assert.Equal("No variation icon: 12 points since the limits were last worked out, fewer than the 13 needed", await member.TextAsync("#variation"));
        Assert.True(await page.Locator("svg[aria-describedby='xmr-desc']").IsVisibleAsync());
        Assert.Equal(12, await page.Locator("#xmr tbody tr").CountAsync());
        string folder = Path.Combine(Path.GetTempPath(), "waymark-screenshots");
        Directory.CreateDirectory(folder);
        await page.Locator("#variation-heading").ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"indicator-variation-{width}.png"), FullPage = true });
        int scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= width, $"At {width} px the page is {scrollWidth} px wide and scrolls sideways.");
    }
}
