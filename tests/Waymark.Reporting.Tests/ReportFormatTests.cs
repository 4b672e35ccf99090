using Waymark.Reporting.Writers;

namespace Waymark.Reporting.Tests;

/// <summary>The published figures, read back from each format the report is written in.</summary>
public sealed class ReportFormatTests(LeedsReportStore store) : IClassFixture<LeedsReportStore>
{
    [Fact]
    public async Task Html_Q3201011_HasTheSummaryTableAndArrowsInWords()
    {
        string html = (await Rendered.OfAsync(store, "2010/11 Q3", ReportFormat.Html)).Text;

        Assert.Contains("<caption>Performance indicator ratings, Q3 2010/11</caption>", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\"><span class=\"rating rating-red\">Red</span></th><td class=\"number\">4</td><td class=\"number\">12%</td>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"rating rating-amber\">Amber</span></th><td class=\"number\">11</td><td class=\"number\">33%</td>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"rating rating-green\">Green</span></th><td class=\"number\">15</td><td class=\"number\">45%</td>", html, StringComparison.Ordinal);
        Assert.Contains("Unable to traffic light</span></th><td class=\"number\">3</td><td class=\"number\">9%</td>", html, StringComparison.Ordinal);
        Assert.Contains("45% (15/33) are green and on track to hit target", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\">2009/10 Q3</th><th scope=\"col\">2009/10 Q4</th><th scope=\"col\">2010/11 Q1</th><th scope=\"col\">2010/11 Q2</th><th scope=\"col\">2010/11 Q3</th>", html, StringComparison.Ordinal);
        Assert.Contains("LN-1d Increase the proportion of vulnerable groups engaged in education, training or employment</th>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"rating rating-red\">Red</span> ↑ improving</td>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"rating rating-amber\">Amber</span> ↔ static</td></tr>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org/2000/svg", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Html_Q3200809_HighlightsSeed002Figures_WithChartAndItsTable()
    {
        string html = (await Rendered.OfAsync(store, "2008/09 Q3", ReportFormat.Html)).Text;

        Assert.Contains("<h4>NI 66: Looked after children cases which were reviewed within required timescales</h4>", html, StringComparison.Ordinal);
        Assert.Contains("<thead><tr><th scope=\"col\">Result</th><th scope=\"col\">Target</th><th scope=\"col\">Rating</th><th scope=\"col\">Predicted year end</th>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><td class=\"number\">77.4%</td><td class=\"number\">80.0%</td><td><span class=\"rating rating-amber\">Amber</span></td><td class=\"number\">70.0%</td>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><td class=\"number\">11.3%</td><td class=\"number\">6.8%</td><td><span class=\"rating rating-red\">Red</span></td><td class=\"number\">12.0%</td>", html, StringComparison.Ordinal);
        Assert.Contains("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\"", html, StringComparison.Ordinal);
        Assert.Contains("<caption>NI 66 trend: the figures in the chart</caption>", html, StringComparison.Ordinal);
        Assert.Contains("<p>No England, regional or statistical neighbour figures are held for NI 66.</p>", html, StringComparison.Ordinal);
        Assert.Contains("81.6 per 10,000</td>", html, StringComparison.Ordinal);
        Assert.Contains("54.3 per 10,000 (2008/09 Q3)</td>", html, StringComparison.Ordinal);
        Assert.Contains("59.5 per 10,000 (2008/09 Q3)</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Html_Q1200708_HasSeed000CpaTable_EachCpa2007CellSayingWhereItComesFrom()
    {
        string html = (await Rendered.OfAsync(store, "2007/08 Q1", ReportFormat.Html)).Text;

        Assert.Contains("<th scope=\"col\">Block</th><th scope=\"col\">CPA 2006</th><th scope=\"col\">CPA 2007 (provisional)</th>", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">Star Category</th><td>3 star</td><td>4 star (computed from the blocks)</td>", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">Level 1 Services: Children &amp; Young People</th><td>3</td><td><span class=\"carried-forward\">3 (carried forward)</span></td>", html, StringComparison.Ordinal);
        Assert.Contains(CultureRow.Html, html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">Direction of Travel</th><td>Improving Adequately</td><td>no score recorded</td>", html, StringComparison.Ordinal);
        Assert.Contains("<p>Culture Service Assessment: Rests on predicted year ends for 3 of 3 indicators.</p>", html, StringComparison.Ordinal);
        Assert.Contains("<p>Housing Service Assessment, predicted score: carried forward, as there is no year-end prediction for either of its 2 indicators.</p>", html, StringComparison.Ordinal);
        Assert.Contains("<p>Corporate Assessment: Carried forward from the previous round: no inspection score has been entered for this round.</p>", html, StringComparison.Ordinal);
        Assert.Contains("CMT on 14 August 2007, Leader Management Team on 23 August 2007 and Overview and Scrutiny Committee on 11 September 2007", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Docx_Q1200708_HasSeed000CpaTable_WithCarriedForwardCellsShadedAndSaidInWords()
    {
        var docx = await Rendered.OfAsync(store, "2007/08 Q1", ReportFormat.Docx);

        string text = docx.DocxText();
        Assert.Contains("Block | CPA 2006 | CPA 2007 (provisional) |", text, StringComparison.Ordinal);
        Assert.Contains("Star Category | 3 star | 4 star (computed from the blocks) |", text, StringComparison.Ordinal);
        Assert.Contains("Level 1 Services: Children & Young People | 3 | 3 (carried forward) |", text, StringComparison.Ordinal);
        Assert.Contains(CultureRow.Docx, text, StringComparison.Ordinal);
        Assert.Contains("Direction of Travel | Improving Adequately | no score recorded |", text, StringComparison.Ordinal);
        string xml = docx.Part("word/document.xml");
        int carried = xml.IndexOf("3 (carried forward)", StringComparison.Ordinal);
        int cellStart = xml.LastIndexOf("<w:tc>", carried, StringComparison.Ordinal);
        Assert.Contains("w:fill=\"DDDDDD\"", xml[cellStart..carried], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Csv_Q3200809_IndicatorAppendixRowsHoldTheFigures()
    {
        string[] lines = (await Rendered.OfAsync(store, "2008/09 Q3", ReportFormat.Csv)).Text.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.StartsWith("Indicator,Polarity,Result,Target,Annual target,Rating,Predicted year end,Predicted rating,Direction of travel,England,Region,Statistical neighbours,Data quality,Appears in", lines[0], StringComparison.Ordinal);
        Assert.Equal(34, lines.Length);
        Assert.Contains(lines, l => l.StartsWith("NI 66 ", StringComparison.Ordinal) && l.EndsWith(",higher is better,77.4,80.0,80.0,Amber,70.0,Red,not comparable,,,,ok,\"Appendix 1, performance indicator report; main issues, underperforming indicators\"", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("NI 43 ", StringComparison.Ordinal) && l.Contains(",lower is better,11.3,6.8,", StringComparison.Ordinal) && l.Contains(",Red,12.0,Red,not comparable,,,,ok,", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("\"LSP-HW2Bi ", StringComparison.Ordinal) && l.EndsWith(",data only,81.6,,,Unable to traffic light (data only),81.6,Unable to traffic light,not comparable,54.3,,59.5,ok,\"Appendix 1, performance indicator report\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Xlsx_Q3201011_HasASheetPerTable_WithNumbersAsNumbers()
    {
        var xlsx = await Rendered.OfAsync(store, "2010/11 Q3", ReportFormat.Xlsx);

        string workbook = xlsx.Part("xl/workbook.xml");
        foreach (string sheet in (string[])["Rating summary", "Priority progress", "NI 43 figures", "NI 43 trend", "HW-3a tracker", "HW-3a key actions", "HW-3a indicators", "Indicator appendix"])
        {
            Assert.Contains($"name=\"{sheet}\"", workbook, StringComparison.Ordinal);
        }

        string summary = xlsx.Part("xl/worksheets/sheet1.xml");
        Assert.Contains("<x:v>4</x:v>", summary, StringComparison.Ordinal);
        Assert.Contains("<x:v>0.12</x:v>", summary, StringComparison.Ordinal);
        Assert.Contains("<x:v>11</x:v>", summary, StringComparison.Ordinal);
        Assert.Contains("<x:v>0.33</x:v>", summary, StringComparison.Ordinal);
        Assert.Contains("<x:v>15</x:v>", summary, StringComparison.Ordinal);
        Assert.Contains("<x:v>0.45</x:v>", summary, StringComparison.Ordinal);
        Assert.Contains("<x:v>0.09</x:v>", summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Docx_Q3200809_HasHeadingStylesRealTablesAndTheFigures()
    {
        var docx = await Rendered.OfAsync(store, "2008/09 Q3", ReportFormat.Docx);

        string xml = docx.Part("word/document.xml");
        Assert.Contains("<w:pStyle w:val=\"Heading1\" />", xml, StringComparison.Ordinal);
        Assert.Contains("<w:tblHeader />", xml, StringComparison.Ordinal);
        string text = docx.DocxText();
        Assert.Contains("Result | Target | Rating | Predicted year end | Annual target | Predicted rating | Direction of travel |", text, StringComparison.Ordinal);
        Assert.Contains("77.4% | 80.0% | Amber | 70.0% |", text, StringComparison.Ordinal);
        Assert.Contains("11.3% | 6.8% | Red | 12.0% |", text, StringComparison.Ordinal);
        Assert.Contains("Red | 1 | 3% |", text, StringComparison.Ordinal);
        Assert.Contains("Unable to traffic light | 31 | 94% |", text, StringComparison.Ordinal);
        Assert.Contains("Results are held for 3 of the 33 indicators at Q3 2008/09; of these, 0% (0/3) are green", text, StringComparison.Ordinal);
        Assert.Contains("81.6 per 10,000 | ", text, StringComparison.Ordinal);
        Assert.Contains("54.3 per 10,000 (2008/09 Q3) | ", text, StringComparison.Ordinal);
        Assert.Contains("59.5 per 10,000 (2008/09 Q3) | ", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Docx_Q3201011_PutsTheAppendicesInALandscapeSection()
    {
        string xml = (await Rendered.OfAsync(store, "2010/11 Q3", ReportFormat.Docx)).Part("word/document.xml");

        var document = System.Xml.Linq.XDocument.Parse(xml);
        System.Xml.Linq.XNamespace w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
        var sections = document.Descendants(w + "sectPr").Select(s => s.Element(w + "pgSz")!).ToList();
        Assert.Equal(2, sections.Count);
        Assert.Equal(("11906", "16838", (string?)null), ((string)sections[0].Attribute(w + "w")!, (string)sections[0].Attribute(w + "h")!, (string?)sections[0].Attribute(w + "orient")));
        Assert.Equal(("16838", "11906", "landscape"), ((string)sections[1].Attribute(w + "w")!, (string)sections[1].Attribute(w + "h")!, (string?)sections[1].Attribute(w + "orient")));
        int portraitEnds = xml.IndexOf("<w:sectPr", StringComparison.Ordinal);
        Assert.True(portraitEnds > xml.IndexOf("Recommendations", StringComparison.Ordinal));
        Assert.True(portraitEnds < xml.IndexOf("Appendix 1: ", xml.IndexOf("Background papers", StringComparison.Ordinal), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Docx_Q3201011_SummaryAndArrows()
    {
        string text = (await Rendered.OfAsync(store, "2010/11 Q3", ReportFormat.Docx)).DocxText();

        Assert.Contains("Red | 4 | 12% |", text, StringComparison.Ordinal);
        Assert.Contains("Amber | 11 | 33% |", text, StringComparison.Ordinal);
        Assert.Contains("Green | 15 | 45% |", text, StringComparison.Ordinal);
        Assert.Contains("Unable to traffic light | 3 | 9% |", text, StringComparison.Ordinal);
        Assert.Contains("HW-3a Improve safeguarding arrangements for vulnerable children through better information, recognition and response to risk | Red ↓ deteriorating | Red ↑ improving | Amber ↑ improving | Amber ↑ improving | Amber ↑ improving |", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pdf_Q3201011_PrintsTheSummaryOnNumberedA4Pages()
    {
        var pdf = await Rendered.OfAsync(store, "2010/11 Q3", ReportFormat.Pdf);

        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(pdf.Bytes, 0, 4));
        string text = pdf.PdfText(store.PathOf(string.Empty));
        Assert.Contains("Red 4 12%", text, StringComparison.Ordinal);
        Assert.Contains("Amber 11 33%", text, StringComparison.Ordinal);
        Assert.Contains("Green 15 45%", text, StringComparison.Ordinal);
        Assert.Contains("Unable to traffic light 3 9%", text, StringComparison.Ordinal);
        Assert.Contains("Page 1 of ", text, StringComparison.Ordinal);
        Assert.Contains("45% (15/33) are green", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pdf_Q3201011_PrintsTextAtItsOwnSize_AndIndicatorTablesOnLandscapePages()
    {
        IReadOnlyList<PdfPage> pages = (await Rendered.OfAsync(store, "2010/11 Q3", ReportFormat.Pdf)).PdfPages(store.PathOf(string.Empty));

        // The report is on A4 (595 x 842 points) and its text is printed at 10.5 pt: a wide table elsewhere in the
        // report does not make Chromium shrink every page to fit it.
        Assert.Equal((595m, 842m), (Math.Round(pages[0].Width), Math.Round(pages[0].Height)));
        PdfWord share = pages.SelectMany(p => p.Words).First(w => w.Text == "(15/33)");
        Assert.InRange(share.Height, 11.5m, 13.5m);

        // The tables of indicators, twelve columns wide, are on landscape A4 pages and fit inside their margins.
        var indicatorPages = pages.Where(p => p.Words.Any(w => w.Text == "Polarity")).ToList();
        Assert.NotEmpty(indicatorPages);
        Assert.All(indicatorPages, p =>
        {
            Assert.True(p.IsLandscape, $"A page of indicators is {p.Width} x {p.Height} points.");
            Assert.True(p.Words.Max(w => w.Right) <= p.Width - 40m, $"A word reaches {p.Words.Max(w => w.Right)} of {p.Width} points.");
        });
        Assert.All(pages.SkipWhile(p => !p.IsLandscape), p => Assert.True(p.IsLandscape));
        Assert.Contains(pages.TakeWhile(p => !p.IsLandscape), p => p.Words.Any(w => w.Text == "Recommendations"));
    }

    [Fact]
    public async Task Pdf_Q1200708_PrintsTheCpaTable_EachCpa2007CellSayingWhereItComesFrom()
    {
        string text = (await Rendered.OfAsync(store, "2007/08 Q1", ReportFormat.Pdf)).PdfText(store.PathOf(string.Empty));

        Assert.Matches(@"CPA 2007\s+\(provisional\)", text);
        Assert.Matches(@"Star Category 3 star 4 star \(computed from the\s+blocks\)", text);
        Assert.Matches(@"Children & Young People 3 3 \(carried forward\)", text);
        Assert.Matches(CultureRow.Pdf, text);
        Assert.Matches(@"Direction of Travel Improving no score recorded\s+Adequately", text);
    }

    /// <summary>Seed 000's Culture Service Assessment row as each format prints it.</summary>
    private static class CultureRow
    {
        public const string Html = "<th scope=\"row\">Level 2 Services: Culture Service Assessment</th><td>2</td><td>3 (computed)</td>";

        public const string Docx = "Level 2 Services: Culture Service Assessment | 2 | 3 (computed) |";

        public const string Pdf = @"Culture Service Assessment 2 3 \(computed\)";
    }
}
