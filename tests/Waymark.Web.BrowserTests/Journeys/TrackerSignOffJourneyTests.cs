using Microsoft.Playwright;

using Waymark.Web.BrowserTests.Hosting;

namespace Waymark.Web.BrowserTests.Journeys;

/// <summary>
/// Helen Carter submits the Q4 2010/11 tracker of HW-1d/CYPP 7; Catherine Walsh returns it with a comment, which Helen
/// reads; Helen submits it again and Catherine agrees it, after which nobody can change it.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class TrackerSignOffJourneyTests(BrowserFixture browser)
{
    private const string Priority = "HW-1d/CYPP 7";

    [Fact]
    public async Task Tracker_SubmittedReturnedResubmittedAgreed_IsLockedWithEveryStepInItsHistory()
    {
        await using BrowserSession officer = await browser.PublicAsync();
        await using BrowserSession director = await browser.PublicAsync();
        await officer.SignInAsync(People.AccountableOfficer, WaymarkServer.Password);
        await director.SignInAsync(People.Director, WaymarkServer.Password);

        await officer.Page.GetByRole(AriaRole.Link, new() { Name = "Action trackers" }).ClickAsync();
        await officer.Page.GetByRole(AriaRole.Button, new() { Name = $"Start the Q4 2010/11 tracker for {Priority}" }).ClickAsync();
        await officer.Page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/trackers/[0-9]+$"));
        string tracker = new Uri(officer.Page.Url).AbsolutePath;
        Assert.Equal($"{Priority}, Q4 2010/11", await officer.TextAsync(".govuk-caption-l"));
        Assert.Equal("Draft", await officer.TextAsync("#tracker-state"));

        await FillAsync(officer.Page, "Conceptions fell for a second quarter.");
        await officer.Page.GetByRole(AriaRole.Button, new() { Name = "Submit to the director" }).ClickAsync();
        Assert.Equal("Submitted for agreement", await officer.TextAsync("#tracker-state"));
        Assert.Equal("amber", await officer.TextAsync("#proposed-rating-value"));

        await director.Page.GetByRole(AriaRole.Link, new() { Name = "Action trackers" }).ClickAsync();
        await director.Page.Locator("#trackers tr").Filter(new() { HasText = "Q4 2010/11" }).Filter(new() { HasText = Priority }).GetByRole(AriaRole.Link).ClickAsync();
        Assert.Equal(tracker, new Uri(director.Page.Url).AbsolutePath);
        Assert.Equal("Agree the amber rating", BrowserSession.Squash(await director.Page.GetByRole(AriaRole.Button, new() { NameRegex = new("^Agree") }).InnerTextAsync()));
        await director.Page.GetByLabel("Comment to the officer").FillAsync("Say which wards improved.");
        await director.Page.GetByRole(AriaRole.Button, new() { Name = "Return to the officer" }).ClickAsync();
        Assert.Equal("Returned to the officer", await director.TextAsync("#tracker-state"));

        await officer.GoAsync(tracker);
        Assert.Equal("Returned to the officer", await officer.TextAsync("#tracker-state"));
        Assert.Equal("Returned to the officer Catherine Walsh Say which wards improved.", StepText(await officer.TextAsync("#history tr[data-step='returned']")));
        await officer.Page.GetByLabel("Contextual update").FillAsync("Conceptions fell in four of the six priority wards.");
        await officer.Page.GetByRole(AriaRole.Button, new() { Name = "Submit to the director" }).ClickAsync();
        Assert.Equal("Submitted for agreement", await officer.TextAsync("#tracker-state"));

        await director.GoAsync(tracker);
        await director.Page.GetByRole(AriaRole.Button, new() { Name = "Agree the amber rating" }).ClickAsync();
        Assert.Equal("Agreed", await director.TextAsync("#tracker-state"));
        Assert.Equal("amber", await director.TextAsync("#agreed-rating-value"));
        Assert.Equal(0, await director.Page.GetByRole(AriaRole.Button, new() { NameRegex = new("^(Agree|Return)") }).CountAsync());

        await officer.GoAsync(tracker);
        Assert.Equal("Agreed", await officer.TextAsync("#tracker-state"));
        Assert.Equal("Conceptions fell in four of the six priority wards.", await officer.TextAsync("#contextual-update-text"));
        Assert.Equal(0, await officer.Page.Locator("main textarea, main input[type=radio]").CountAsync());
        Assert.Equal(0, await officer.Page.Locator("main button").CountAsync());

        string token = await officer.Page.Locator("input[name=__RequestVerificationToken]").First.InputValueAsync();
        IAPIResponse late = await officer.Context.APIRequest.PostAsync(tracker + "?handler=Submit", new()
        {
            Form = Form(officer.Context.APIRequest, ("__RequestVerificationToken", token), ("ProposedRating", "green"), ("Direction", "improving"), ("ContextualUpdate", "Changed after agreement.")),
            MaxRedirects = 0,
        });
        Assert.Equal(409, late.Status);
        Assert.Contains("This tracker has been agreed and can no longer be changed", await late.TextAsync(), StringComparison.Ordinal);
        await officer.GoAsync(tracker);
        Assert.Equal("amber", await officer.TextAsync("#agreed-rating-value"));

        string[] history = [.. (await officer.Page.Locator("#history tbody tr").AllInnerTextsAsync()).Select(StepText)];
        Assert.Equal(
            [
                "Submitted for agreement Helen Carter",
                "Returned to the officer Catherine Walsh Say which wards improved.",
                "Submitted for agreement Helen Carter",
                "Agreed Catherine Walsh",
            ],
            history);
    }

    private static async Task FillAsync(IPage page, string update)
    {
        await page.GetByRole(AriaRole.Radio, new() { Name = "Amber" }).CheckAsync();
        await page.GetByRole(AriaRole.Radio, new() { Name = "Improving" }).CheckAsync();
        await page.GetByLabel("Contextual update").FillAsync(update);
        await page.GetByLabel("Challenges and risks").FillAsync("Funding is confirmed only to March 2011.");
        await page.GetByLabel("Progress on:").First.FillAsync("Drop-ins running in all 19 schools.");
    }

    /// <summary>A history row without its date and time, which come from the clock.</summary>
    private static string StepText(string row)
    {
        string text = BrowserSession.Squash(row);
        return System.Text.RegularExpressions.Regex.Replace(text, @"^\d{1,2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2} ", string.Empty);
    }

    private static IFormData Form(IAPIRequestContext request, params (string Name, string Value)[] fields)
    {
        IFormData form = request.CreateFormData();
        foreach ((string name, string value) in fields)
        {
            form.Set(name, value);
        }

        return form;
    }
}
