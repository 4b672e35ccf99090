using Waymark.Web.BrowserTests.Hosting;

namespace Waymark.Web.BrowserTests.Accessibility;

/// <summary>Every page of the app, as each person who can see it sees it, has no serious or critical WCAG 2.2 A/AA problem that axe-core finds.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserFixture browser)
{
    public static TheoryData<string> Pages => [.. PageChecks.All.Select(p => p.Name)];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_HasNoSeriousOrCriticalAccessibilityProblems(string name)
    {
        PageCheck check = PageChecks.All.Single(p => p.Name == name);
        BrowserSession session = await browser.SharedAsync(check.Who);
        int outside = session.Outside.Count;

        await check.Open(session, browser);

        string path = new Uri(session.Page.Url).AbsolutePath;
        Assert.True(browser.Server.Served.TryGetValue(path, out string? served), $"{path} was not served by the app");
        Assert.Equal(check.Pattern, served);
        await AxeCheck.AssertNoneAsync(session.Page);
        Assert.Equal(outside, session.Outside.Count);
    }
}
