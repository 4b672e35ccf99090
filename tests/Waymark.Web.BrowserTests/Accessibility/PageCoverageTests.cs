using Waymark.Web.BrowserTests.Hosting;

namespace Waymark.Web.BrowserTests.Accessibility;

/// <summary>Every page route of the app has an accessibility check, so that a new page cannot go unchecked.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PageCoverageTests(BrowserFixture browser)
{
    [Fact]
    public void EveryPageRoute_HasAnAccessibilityCheck()
    {
        IReadOnlyList<string> routes = browser.Server.PageRoutes();
        var checkedRoutes = PageChecks.All.Select(p => p.Pattern).ToHashSet(StringComparer.Ordinal);

        Assert.Contains("trackers/{id:int}", routes);
        Assert.True(routes.Count >= 25, $"only {routes.Count} page routes were found: {string.Join(", ", routes)}");
        string[] missing = [.. routes.Where(r => !checkedRoutes.Contains(r))];
        Assert.True(missing.Length == 0, "These pages have no accessibility check in PageChecks: " + string.Join(", ", missing));
    }

    [Fact]
    public void EveryAccessibilityCheck_IsOfAPageRouteOfTheApp()
    {
        var routes = browser.Server.PageRoutes().ToHashSet(StringComparer.Ordinal);

        string[] unknown = [.. PageChecks.All.Select(p => p.Pattern).Where(p => !routes.Contains(p)).Distinct()];

        Assert.True(unknown.Length == 0, "These checks name no page route of the app: " + string.Join(", ", unknown));
    }
}
