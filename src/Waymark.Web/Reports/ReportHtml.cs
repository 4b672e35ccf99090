namespace Waymark.Web.Reports;

/// <summary>
/// The report's own HTML page, shown inside the site's layout: only what is inside its <c>main</c> element, so its
/// inline style sheet (which the content security policy would block) is left out and the site's styles apply.
/// </summary>
public static class ReportHtml
{
    public static string Body(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        int open = html.IndexOf("<main>", StringComparison.Ordinal);
        int close = html.LastIndexOf("</main>", StringComparison.Ordinal);
        if (open < 0 || close < open)
        {
            throw new InvalidOperationException("The report's HTML has no main element.");
        }

        return html[(open + "<main>".Length)..close];
    }
}
