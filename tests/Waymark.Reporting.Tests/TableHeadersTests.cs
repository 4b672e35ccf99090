using System.Text.RegularExpressions;
using System.Xml.Linq;

using Waymark.Reporting.Content;
using Waymark.Reporting.Writers;

namespace Waymark.Reporting.Tests;

/// <summary>Every writer paints each of the report's tables with the same caption and header text: HTML (and so PDF), Word, Excel and CSV.</summary>
public sealed partial class TableHeadersTests(LeedsReportStore store) : IClassFixture<LeedsReportStore>
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private static readonly XNamespace X = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    [Theory]
    [InlineData("2007/08 Q1")]
    [InlineData("2008/09 Q3")]
    [InlineData("2010/11 Q3")]
    public async Task EveryWriter_PaintsTheSameHeadersForTheSameTable(string period)
    {
        BoardReport report = await Rendered.ModelAsync(store, period);
        IReadOnlyList<(string Caption, string Headers)> tables = [.. EveryTable(report).Select(t => (t.Caption, Joined(t.Columns.Select(c => c.Header))))];

        IReadOnlyList<(string Caption, string Headers)> html = HtmlTables(new Rendered(await ReportWriter.RenderAsync(report, ReportFormat.Html)).Text);
        IReadOnlyList<(string Caption, string Headers)> word = WordTables(new Rendered(await ReportWriter.RenderAsync(report, ReportFormat.Docx)).Part("word/document.xml"));
        IReadOnlyList<string> sheets = SheetHeaders(new Rendered(await ReportWriter.RenderAsync(report, ReportFormat.Xlsx)));
        string csv = new Rendered(await ReportWriter.RenderAsync(report, ReportFormat.Csv)).Text.Split('\n')[0].TrimEnd('\r');

        Assert.Equal(tables.Order(), html.Order());
        Assert.Equal(tables.Order(), word.Where(t => t.Caption != "Front sheet").Order());
        Assert.Equal([.. EveryTable(report).Select(t => Joined(XlsxReportWriter.Headers(t))), Joined(ReportTables.About(report).Columns.Select(c => c.Header))], sheets);
        Assert.Equal(string.Join(',', Tables.BoardIndicators(report).Columns.Select(c => c.Header)), csv);
    }

    /// <summary>The report's tables in the order the workbook has them, one a worksheet.</summary>
    private static List<ReportTable> EveryTable(BoardReport report)
    {
        var tables = new List<ReportTable?> { Tables.RatingSummary(report), Tables.PriorityProgress(report) };
        foreach (HighlightedIndicator h in report.Highlights)
        {
            tables.AddRange([Tables.HighlightFigures(report, h), Tables.HighlightComparators(h), Tables.HighlightTrend(h)]);
        }

        tables.Add(Tables.Assessment(report));
        foreach (TrackerEntry t in report.Trackers)
        {
            tables.AddRange([Tables.Tracker(t), Tables.KeyActions(t), t.Indicators.Count > 0 ? Tables.TrackerIndicators(t) : null]);
        }

        tables.AddRange([report.Contents.IndicatorReport ? Tables.IndicatorAppendix(report) : null, Tables.Meetings(report), Tables.Guidance(report)]);
        return [.. tables.OfType<ReportTable>()];
    }

    private static List<(string Caption, string Headers)> HtmlTables(string html) =>
        [.. HtmlTable().Matches(html).Select(m => XElement.Parse(m.Value)).Select(t => (t.Element("caption")!.Value, Joined(t.Element("thead")!.Descendants("th").Select(th => th.Value))))];

    private static List<(string Caption, string Headers)> WordTables(string documentXml) =>
        [.. XDocument.Parse(documentXml).Descendants(W + "tbl").Select(t => (
            (string)t.Element(W + "tblPr")!.Element(W + "tblCaption")!.Attribute(W + "val")!,
            Joined(t.Elements(W + "tr").First().Elements(W + "tc").Select(c => string.Concat(c.Descendants(W + "t").Select(x => x.Value))))))];

    private static List<string> SheetHeaders(Rendered xlsx)
    {
        int count = XDocument.Parse(xlsx.Part("xl/workbook.xml")).Descendants(X + "sheet").Count();
        return [.. Enumerable.Range(1, count).Select(i => Joined(
            XDocument.Parse(xlsx.Part($"xl/worksheets/sheet{i}.xml")).Descendants(X + "row").Single(r => (string?)r.Attribute("r") == "3").Elements(X + "c").Select(c => c.Value)))];
    }

    private static string Joined(IEnumerable<string> headers) => string.Join(" | ", headers);

    [GeneratedRegex("<table[^>]*>.*?</table>", RegexOptions.Singleline)]
    private static partial Regex HtmlTable();
}
