using Waymark.Web.BrowserTests.Hosting;

namespace Waymark.Web.BrowserTests.Accessibility;

/// <summary>The accessibility check finds problems where there are some, so that a page passing it means something.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AxeCheckTests(BrowserFixture browser)
{
    [Fact]
    public async Task Problems_OfAPageWithAnUnlabelledFieldAnImageWithoutTextAndFaintText_AreEachNamed()
    {
        await using BrowserSession session = await browser.PublicAsync();
        await session.Page.SetContentAsync("""
            <!DOCTYPE html><html lang="en"><head><title>Faulty</title></head><body><main>
            <h1>Faulty</h1><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><input type="text">
            <p style="color:#bbbbbb;background:#ffffff">Faint words</p></main></body></html>
            """);

        IReadOnlyList<string> problems = await AxeCheck.ProblemsAsync(session.Page);

        Assert.Contains(problems, p => p.Contains(": image-alt (critical): ", StringComparison.Ordinal) && p.Contains("    img: <img", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains(": label (critical): ", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains(": color-contrast (serious): ", StringComparison.Ordinal));
    }
}
