using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

using Waymark.Periods;
using Waymark.Web.BrowserTests.Accessibility;
using Waymark.Web.BrowserTests.Hosting;

namespace Waymark.Web.BrowserTests.Journeys;

/// <summary>
/// Sam Patel, whose NI 66 return for Q3 2010/11 is overdue, goes from "Your work" on the home page to the return
/// form, reads what the result is judged against, checks a figure, saves it with commentary and is told nothing is
/// left, on a wide screen and on a phone.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class YourWorkJourneyTests(BrowserFixture browser)
{
    private const string Commentary = "Timeliness improved again after two additional Independent Reviewing Officers joined; still short of the 90% target.";

    [Theory]
    [InlineData(1280, 900)]
    [InlineData(390, 844)]
    public async Task DataOfficer_FromYourWorkToTheReturnFormAndBack_ChecksThenSavesTheOverdueReturn(int width, int height)
    {
        ReportingPeriod q3 = ReportingPeriod.Parse("2010/11 Q3");
        await browser.Server.WithDbAsync(async db =>
        {
            int ni66 = await db.Indicators.Where(i => i.Code == "NI 66").Select(i => i.Id).SingleAsync();
            db.Results.RemoveRange(db.Results.Where(r => r.IndicatorId == ni66 && r.Period == q3));
            return await db.SaveChangesAsync();
        });
        await using BrowserSession session = await browser.PublicAsync();
        IPage page = session.Page;
        await page.SetViewportSizeAsync(width, height);
        await session.SignInAsync(People.DataOfficer, WaymarkServer.Password);
        await session.GoAsync("/");

        Assert.Equal("Your work", await session.TextAsync("#your-work-heading"));
        ILocator row = page.Locator("#your-work tr[data-work^='NI 66 ']");
        Assert.Matches("^Enter the result for NI 66 .*, Q3 2010/11 21 January 2011 Overdue$", BrowserSession.Squash(await row.InnerTextAsync()));
        await AssertFitsAsync(page, width);
        await AxeCheck.AssertNoneAsync(page);

        await row.GetByRole(AriaRole.Link, new() { Name = "Enter the result" }).ClickAsync();

        Assert.Equal("Quarterly return for Q3 2010/11", await session.TextAsync("h1"));
        Assert.True(await page.GetByLabel("Q3 2010/11").IsCheckedAsync());
        Assert.Equal("Target for Q3 2010/11 90.0%", await session.TextAsync("[data-field=target]"));
        Assert.Equal("Annual target for 2010/11 90.0%", await session.TextAsync("[data-field=annual-target]"));
        Assert.Equal("A year earlier (Q3 2009/10) 83.2%", await session.TextAsync("[data-field=year-earlier]"));
        Assert.Equal(5, await page.Locator("#recent tbody tr").CountAsync());
        await AssertFitsAsync(page, width);
        await AxeCheck.AssertNoneAsync(page);

        await page.GetByLabel("Result", new() { Exact = true }).FillAsync("87.4");
        await page.GetByRole(AriaRole.Button, new() { Name = "Check", Exact = true }).ClickAsync();

        Assert.Equal("Rating Amber", await session.TextAsync("[data-field=checked-rating]"));
        Assert.Equal("Direction of travel ↑ improving", await session.TextAsync("[data-field=checked-direction]"));
        Assert.Equal("! Warning Enter commentary: the result is amber, so say why and what is being done", await session.TextAsync("#commentary-needed"));
        Assert.Equal("87.4", await page.GetByLabel("Result", new() { Exact = true }).InputValueAsync());
        await AssertFitsAsync(page, width);
        await AxeCheck.AssertNoneAsync(page);

        await page.GetByLabel("Predicted year end (optional)").FillAsync("88.0");
        await page.GetByLabel("Commentary").FillAsync(Commentary);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save return" }).ClickAsync();

        await page.WaitForURLAsync("**/indicators/*?saved=*");
        Assert.Equal("Success Return for Q3 2010/11 saved", await session.TextAsync(".govuk-notification-banner"));

        await session.GoAsync("/");
        Assert.Equal("You have nothing outstanding for the Q3 2010/11 cycle.", await session.TextAsync("#your-work-none"));
        await AssertFitsAsync(page, width);
    }

    private static async Task AssertFitsAsync(IPage page, int width)
    {
        int scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= width, $"At {width} px {page.Url} is {scrollWidth} px wide and scrolls sideways.");
    }
}
