using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

using Microsoft.Playwright;

namespace Waymark.Web.BrowserTests.Accessibility;

/// <summary>
/// Runs axe-core on a page with the WCAG 2.0, 2.1 and 2.2 level A and AA rules and lists the serious and critical
/// violations, each with its rule, impact, help text and the elements it was found on.
/// </summary>
public static class AxeCheck
{
    private static readonly string[] Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

    public static async Task<IReadOnlyList<string>> ProblemsAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var options = new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. Tags] },
        };
        AxeResult result = await page.RunAxe(options);
        return [.. result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => Describe(page.Url, v))];
    }

    /// <summary>Fails with every problem found when there is one.</summary>
    public static async Task AssertNoneAsync(IPage page)
    {
        IReadOnlyList<string> problems = await ProblemsAsync(page);
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    private static string Describe(string url, AxeResultItem violation) =>
        $"{url}: {violation.Id} ({violation.Impact}): {violation.Help} ({violation.HelpUrl})" + Environment.NewLine
        + string.Join(Environment.NewLine, violation.Nodes.Select(n => $"    {n.Target}: {n.Html}"));
}
