using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

using Waymark.Web.BrowserTests.Accessibility;
using Waymark.Web.BrowserTests.Hosting;

namespace Waymark.Web.BrowserTests.Journeys;

/// <summary>Councillor Margaret Holt reads the board's report for Q3 2010/11 and can change nothing.</summary>
[Collection(BrowserCollection.Name)]
public sealed class MemberJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task Member_PreviewsTheBoardReport_ReadsSeed001sRatingCounts()
    {
        await using BrowserSession member = await browser.PublicAsync();
        IPage page = member.Page;
        await member.SignInAsync(People.Member, WaymarkServer.Password);

        await page.GetByRole(AriaRole.Link, new() { Name = "Reports", Exact = true }).ClickAsync();
        await page.GetByLabel("Board").SelectOptionAsync(new SelectOptionValue { Label = PageChecks.Board });
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Period" }).FillAsync("2010/11 Q3");
        await page.GetByRole(AriaRole.Button, new() { Name = "Preview the report" }).ClickAsync();

        Assert.Equal($"Preview: {PageChecks.Board}, Q3 2010/11 - Waymark", await page.TitleAsync());
        ILocator summary = page.Locator("[data-report] table", new() { Has = page.Locator("caption", new() { HasText = "Performance indicator ratings, Q3 2010/11" }) });
        await summary.Locator("tbody tr").Last.WaitForAsync();
        string[] rows = [.. (await summary.Locator("tbody tr").AllInnerTextsAsync()).Select(BrowserSession.Squash)];
        Assert.Equal(["Red 4 12%", "Amber 11 33%", "Green 15 45%", "Unable to traffic light 3 9%"], rows);

        Assert.Equal(0, await page.Locator("main").GetByRole(AriaRole.Link, new() { NameRegex = new("^(Change|Publish)") }).CountAsync());
        Assert.Equal(
            ["Web page (HTML)", "PDF", "Word document (DOCX)", "Excel workbook (XLSX)", "Indicator appendix (CSV)"],
            [.. (await page.Locator("[data-downloads] a").AllInnerTextsAsync()).Select(BrowserSession.Squash)]);
    }

    [Fact]
    public async Task Member_SeesNoEditControlsAnywhere_AndEditAddressesAreRefused()
    {
        int indicator = await browser.Server.WithDbAsync(db => db.Indicators.Where(i => i.Code == "NI 117").Select(i => i.Id).SingleAsync());
        int tracker = await browser.Server.WithDbAsync(db => db.Trackers.OrderBy(t => t.Id).Select(t => t.Id).FirstAsync());
        BrowserSession member = await browser.SharedAsync(People.Member);
        IPage page = member.Page;

        string[] reading =
        [
            "/", "/indicators", $"/indicators/{indicator}", "/trackers", $"/trackers/{tracker}", "/reports", "/reports/preview" + PageChecks.PreviewQuery,
            "/calendar", "/reports/published",
        ];
        foreach (string path in reading)
        {
            IResponse response = await member.GoAsync(path);
            Assert.Equal(200, response.Status);
            string[] forms = [.. await page.Locator("form[method=post]").EvaluateAllAsync<string[]>("forms => forms.map(f => f.getAttribute('action'))")];
            Assert.True(forms.All(a => a == "/sign-out"), $"{path} has a form that changes something: {string.Join(", ", forms)}");
            string[] links = [.. await page.Locator("a[href]").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))")];
            string[] editing = [.. links.Where(h => h.Contains("/return", StringComparison.Ordinal) || h.Contains("/edit", StringComparison.Ordinal)
                || h.StartsWith("/admin", StringComparison.Ordinal) || h.StartsWith("/reports/narrative", StringComparison.Ordinal) || h.StartsWith("/reports/publish?", StringComparison.Ordinal))];
            Assert.True(editing.Length == 0, $"{path} links to pages that change things: {string.Join(", ", editing)}");
            Assert.Equal(0, await page.Locator("main textarea").CountAsync());
        }

        string[] refused =
        [
            $"/indicators/{indicator}/return", $"/indicators/{indicator}/audit", "/reports/narrative" + PageChecks.PreviewQuery + "&section=purpose",
            "/reports/publish" + PageChecks.PreviewQuery, "/admin", "/admin/users", "/admin/users/edit", "/admin/indicators/edit", "/admin/uploads",
        ];
        foreach (string path in refused)
        {
            IResponse response = await member.GoAsync(path);
            Assert.True(response.Status == 403, $"{path} gave {response.Status}");
            Assert.Equal("You do not have permission to do this", await member.TextAsync("h1"));
        }

        string token = await page.Locator("input[name=__RequestVerificationToken]").First.InputValueAsync();
        IFormData form = member.Context.APIRequest.CreateFormData();
        form.Set("__RequestVerificationToken", token);
        form.Set("ProposedRating", "green");
        IAPIResponse post = await member.Context.APIRequest.PostAsync($"/trackers/{tracker}?handler=Submit", new() { Form = form, MaxRedirects = 0 });
        Assert.Equal(403, post.Status);
        Assert.Empty(member.Outside);
    }
}
