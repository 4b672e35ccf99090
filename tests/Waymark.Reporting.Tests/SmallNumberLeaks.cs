using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Text.RegularExpressions;

using Waymark.Disclosure;
using Waymark.Reporting.Content;
using Waymark.Reporting.Publishing;
using Waymark.Reporting.Writers;

namespace Waymark.Reporting.Tests;

/// <summary>
/// Reads a report's table of counts of people back from every published format (HTML, PDF through pdftotext, the
/// DOCX's and XLSX's XML, CSV, and the published JSON) and says where a figure the small-number rules suppress can be
/// read: a row of the table, found by its heading, that shows a suppressed cell's count or rate as a number, or
/// shows fewer <c>c</c>s than the rules suppress.
/// </summary>
internal static partial class SmallNumberLeaks
{
    /// <summary>A format's rows: each the texts of its cells, or (PDF) of the runs of words its layout puts apart.</summary>
    public static async Task<IReadOnlyList<string>> FindAsync(BoardReport report, ReportTable counts, string folder)
    {
        SmallNumberThreshold threshold = report.SmallNumberThreshold;
        ReportTable protectedTable = SmallNumbers.Protect(counts, threshold);
        var leaks = new List<string>();
        foreach (ReportFormat format in new[] { ReportFormat.Html, ReportFormat.Pdf, ReportFormat.Docx, ReportFormat.Xlsx, ReportFormat.Csv })
        {
            var rendered = new Rendered(await ReportWriter.RenderAsync(report, format));
            IReadOnlyList<IReadOnlyList<string>> rows = format switch
            {
                ReportFormat.Html => HtmlRows(rendered.Text),
                ReportFormat.Pdf => [.. rendered.PdfLayout(folder).Split('\n').Select(l => (IReadOnlyList<string>)[.. Columns().Split(l.Trim())])],
                ReportFormat.Docx => XmlRows(rendered.Part("word/document.xml"), "tr", "tc", "t"),
                ReportFormat.Xlsx => [.. Sheets(rendered).SelectMany(x => XmlRows(x, "row", "c", "t"))],
                _ => [.. rendered.Text.Split('\n').Select(l => (IReadOnlyList<string>)[.. l.TrimEnd('\r').Split(',')])],
            };
            leaks.AddRange(Check(format.Code(), rows, counts, protectedTable, threshold, expectTable: format is not ReportFormat.Csv));
        }

        // The published JSON freezes the report's model, which never holds a table of counts of people.
        string json = ReportJson.Serialize(report);
        if (json.Contains(counts.Caption, StringComparison.Ordinal))
        {
            leaks.Add($"json: holds the table '{counts.Caption}'");
        }

        return leaks;
    }

    private static IEnumerable<string> Check(string format, IReadOnlyList<IReadOnlyList<string>> rows, ReportTable counts, ReportTable shown, SmallNumberThreshold threshold, bool expectTable)
    {
        for (int r = 0; r < counts.Rows.Count; r++)
        {
            string heading = counts.Rows[r][0].Text;
            List<string> cells = [.. rows.Where(row => row.Count > 0 && Clean(row[0], threshold) == heading).SelectMany(row => row.Skip(1)).Select(c => Clean(c, threshold)).Where(c => c.Length > 0)];
            if (cells.Count == 0)
            {
                if (expectTable)
                {
                    yield return $"{format}: no row '{heading}'";
                }

                continue;
            }

            List<int> suppressed = [.. Enumerable.Range(1, counts.Columns.Count - 1).Where(c => shown.Rows[r][c].Kind == CellKind.Suppressed)];
            int symbols = cells.Count(c => c == DisclosureText.Symbol);
            if (symbols < suppressed.Count)
            {
                yield return $"{format}: row '{heading}' shows {symbols} c for {suppressed.Count} suppressed figures";
            }

            foreach (int c in suppressed)
            {
                if (counts.Rows[r][c].Number is { Value: not 0m } hidden && cells.Any(cell => Number(cell) is { } n && (n == hidden.Value || n * 100 == hidden.Value)))
                {
                    yield return $"{format}: row '{heading}' shows the suppressed {counts.Columns[c].Header} {counts.Rows[r][c].Text}";
                }
            }
        }
    }

    /// <summary>A cell's words without the reasons of suppressed cells (which name the threshold), spaces made one.</summary>
    private static string Clean(string text, SmallNumberThreshold threshold)
    {
        foreach (SuppressionReason reason in Enum.GetValues<SuppressionReason>())
        {
            text = text.Replace(DisclosureText.Reason(reason, threshold), " ", StringComparison.Ordinal);
        }

        return Spaces().Replace(text, " ").Trim();
    }

    private static decimal? Number(string text) =>
        decimal.TryParse(text.Replace(",", string.Empty, StringComparison.Ordinal).TrimEnd('%'), NumberStyles.Number, CultureInfo.InvariantCulture, out decimal n) ? n : null;

    private static List<IReadOnlyList<string>> HtmlRows(string html) =>
        [.. HtmlRow().Matches(html).Select(m => (IReadOnlyList<string>)[.. HtmlCell().Matches(m.Value).Select(c => WebUtility.HtmlDecode(Tags().Replace(c.Groups[1].Value, " ")))])];

    private static List<IReadOnlyList<string>> XmlRows(string xml, string row, string cell, string text) =>
        [.. Element(row).Matches(xml).Select(m => (IReadOnlyList<string>)[.. Element(cell).Matches(m.Value)
            .Select(c => string.Join(" ", Element(text).Matches(c.Value).Select(t => WebUtility.HtmlDecode(Tags().Replace(t.Value, string.Empty))))
                + " " + string.Join(" ", Element("v").Matches(c.Value).Select(v => Tags().Replace(v.Value, string.Empty))))])];

    private static List<string> Sheets(Rendered workbook)
    {
        using var zip = new ZipArchive(new MemoryStream(workbook.Bytes), ZipArchiveMode.Read);
        return [.. zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal))
            .Select(e => workbook.Part(e.FullName))];
    }

    private static Regex Element(string name) => new($"<(?:\\w+:)?{name}(?:\\s[^>]*)?>.*?</(?:\\w+:)?{name}>", RegexOptions.Singleline);

    [GeneratedRegex("<tr>.*?</tr>", RegexOptions.Singleline)]
    private static partial Regex HtmlRow();

    [GeneratedRegex("<t[hd][^>]*>(.*?)</t[hd]>", RegexOptions.Singleline)]
    private static partial Regex HtmlCell();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex("\\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(" {2,}")]
    private static partial Regex Columns();
}
