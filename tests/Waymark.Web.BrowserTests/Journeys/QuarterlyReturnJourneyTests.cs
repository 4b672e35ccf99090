using Microsoft.Playwright;

using Waymark.Web.BrowserTests.Hosting;

namespace Waymark.Web.BrowserTests.Journeys;

/// <summary>Jo Taylor, who owns NI 87, enters its Q4 2010/11 result, is told what is wrong twice, and saves it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class QuarterlyReturnJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task Return_NotANumberThenAmberWithoutCommentary_IsCorrectedSavedAndRatedOnTheIndicatorPage()
    {
        await using BrowserSession session = await browser.PublicAsync();
        IPage page = session.Page;
        await session.SignInAsync(People.OtherDataOfficer, WaymarkServer.Password);

        await page.GetByRole(AriaRole.Link, new() { Name = "Indicators", Exact = true }).ClickAsync();
        await page.GetByLabel("Code, title or commentary").FillAsync("NI 87");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "NI 87", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Enter a quarterly return" }).ClickAsync();
        Assert.Equal("Quarterly return for Q4 2010/11", await session.TextAsync("h1"));

        await page.GetByLabel("Result", new() { Exact = true }).FillAsync("five point nine");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save return" }).ClickAsync();

        Assert.StartsWith("Error: Quarterly return: NI 87", await page.TitleAsync(), StringComparison.Ordinal);
        Assert.Equal("There is a problem The result must be a number, like 87.4", await session.TextAsync(".govuk-error-summary"));
        Assert.Equal("Error: The result must be a number, like 87.4", await session.TextAsync("#value-error"));
        Assert.Contains("value-error", (await page.GetByLabel("Result", new() { Exact = true }).GetAttributeAsync("aria-describedby") ?? string.Empty).Split(' '));
        await page.Locator(".govuk-error-summary a").ClickAsync();
        Assert.Equal("value", await page.EvaluateAsync<string>("document.activeElement.id"));

        await page.GetByLabel("Result", new() { Exact = true }).FillAsync("5.9");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save return" }).ClickAsync();

        Assert.Equal("There is a problem Enter commentary: the result is amber, so say why and what is being done", await session.TextAsync(".govuk-error-summary"));
        Assert.Equal("Error: Enter commentary: the result is amber, so say why and what is being done", await session.TextAsync("#commentary-error"));
        Assert.Equal("5.9", await page.GetByLabel("Result", new() { Exact = true }).InputValueAsync());
        Assert.Equal(0, await page.Locator("#value-error").CountAsync());

        await page.GetByLabel("Commentary").FillAsync("Two schools closed for a week in January; catch-up sessions run in February.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save return" }).ClickAsync();

        await page.WaitForURLAsync("**/indicators/*?saved=*");
        Assert.Equal("Success Return for Q4 2010/11 saved", await session.TextAsync(".govuk-notification-banner"));
        ILocator row = page.Locator("#results tr[data-period='2010/11 Q4']");
        Assert.Equal("5.9", BrowserSession.Squash(await row.Locator("[data-field=value]").InnerTextAsync()));
        Assert.Equal("5.5", BrowserSession.Squash(await row.Locator("[data-field=target]").InnerTextAsync()));
        Assert.Equal("Amber", BrowserSession.Squash(await row.Locator("[data-field=rating]").InnerTextAsync()));
        Assert.Contains("Two schools closed for a week in January", await row.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("Latest result: Q4 2010/11", await session.TextAsync("h2:has-text('Latest result')"));
        Assert.StartsWith("Result 5.9", await session.TextAsync("#latest"), StringComparison.Ordinal);
        Assert.Contains("Rating Amber", await session.TextAsync("#latest"), StringComparison.Ordinal);
    }
}
