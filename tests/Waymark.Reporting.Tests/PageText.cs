using System.Net;
using System.Text.RegularExpressions;

namespace Waymark.Reporting.Tests;

/// <summary>Reading a printed page's lines: its footer, its last line of text, and whether that line introduces something.</summary>
internal static partial class PageText
{
    // The footer is printed in the bottom margin (20 mm in the PDF, 2 cm in Word), below every line of the body.
    private const decimal FooterZone = 50m;

    /// <summary>The words of the page's footer, left to right.</summary>
    public static IEnumerable<PdfWord> Footer(PdfPage page) => page.Words.Where(w => w.Top > page.Height - FooterZone).OrderBy(w => w.Left);

    /// <summary>The words of the pages' bodies: everything but the footers.</summary>
    public static IEnumerable<PdfWord> Body(IEnumerable<PdfPage> pages) => pages.SelectMany(p => p.Words.Where(w => w.Top <= p.Height - FooterZone));

    /// <summary>The last lines of a page's body, up to <paramref name="count"/>, each left to right, in the order printed.</summary>
    public static IReadOnlyList<string> LastLines(PdfPage page, int count)
    {
        var words = page.Words.Where(w => w.Top <= page.Height - FooterZone).ToList();
        var lines = new List<string>();
        while (words.Count > 0 && lines.Count < count)
        {
            decimal bottom = words.Max(w => w.Bottom);
            lines.Insert(0, string.Join(' ', words.Where(w => w.Bottom > bottom - 4m).OrderBy(w => w.Left).Select(w => w.Text)));
            words = [.. words.Where(w => w.Bottom <= bottom - 4m)];
        }

        return lines;
    }

    /// <summary>
    /// What introduces something in the report's HTML: its headings and table captions (a whole text each), and the
    /// header rows of its tables (each a list of the header cells' words).
    /// </summary>
    public static (IReadOnlyList<string> Titles, IReadOnlyList<HashSet<string>> HeaderRows) Headings(string html)
    {
        List<string> titles = [.. Title().Matches(html).Select(m => Plain(m.Groups["text"].Value))];
        List<HashSet<string>> headers = [.. HeaderRow().Matches(html).Select(m => Plain(m.Groups["cells"].Value).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal))];
        return (titles, headers);
    }

    /// <summary>
    /// The pages (numbered from 1, with what ends them) whose last lines are a whole heading or caption, or whose last
    /// line is of nothing but a table's header words: something left at the foot of a
    /// page, away from what it introduces. The report's last page is not looked at.
    /// </summary>
    public static IReadOnlyList<string> EndingInAHeading(IReadOnlyList<PdfPage> pages, (IReadOnlyList<string> Titles, IReadOnlyList<HashSet<string>> HeaderRows) headings)
    {
        var found = new List<string>();
        for (int i = 0; i < pages.Count - 1; i++)
        {
            IReadOnlyList<string> lines = LastLines(pages[i], 4);
            if (lines.Count == 0)
            {
                continue;
            }

            string line = lines[^1];
            string[] words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);

            // A title left at the foot of a page is the whole of the page's last line, or of its last few when it runs over more than one.
            var endings = Enumerable.Range(1, lines.Count).Select(k => string.Join(' ', lines.Skip(lines.Count - k))).ToList();
            if (headings.Titles.FirstOrDefault(endings.Contains) is { } title)
            {
                found.Add($"page {i + 1} ends with the heading or caption \"{title}\"");
            }
            else if (headings.HeaderRows.Any(h => words.All(h.Contains)))
            {
                found.Add($"page {i + 1} ends with the header row \"{line}\"");
            }
        }

        return found;
    }

    private static string Plain(string html) => Spaces().Replace(WebUtility.HtmlDecode(Tags().Replace(html, " ")), " ").Trim();

    [GeneratedRegex("<(h[1-4]|caption)>(?<text>.*?)</(h[1-4]|caption)>", RegexOptions.Singleline)]
    private static partial Regex Title();

    [GeneratedRegex("<thead>(?<cells>.*?)</thead>", RegexOptions.Singleline)]
    private static partial Regex HeaderRow();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex("\\s+")]
    private static partial Regex Spaces();
}
