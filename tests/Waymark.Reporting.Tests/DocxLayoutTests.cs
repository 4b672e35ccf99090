using System.Xml.Linq;

using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

using Waymark.Periods;
using Waymark.Reporting.Building;
using Waymark.Reporting.Content;
using Waymark.Reporting.Writers;

namespace Waymark.Reporting.Tests;

/// <summary>What the demo's Word reports hold for a clerk: shaded ratings, figures on the right, fitted columns, real lists and a footer.</summary>
public sealed class DocxLayoutTests(DemoReportStore store) : IClassFixture<DemoReportStore>
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    [Theory]
    [InlineData("2007/08 Q1")]
    [InlineData("2008/09 Q2")]
    [InlineData("2008/09 Q3")]
    [InlineData("2010/11 Q3")]
    public async Task Docx_ValidatesAgainstTheOfficeSchema(string period)
    {
        byte[] docx = await ReportWriter.RenderAsync(await BuildAsync(period), ReportFormat.Docx);

        using WordprocessingDocument document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        Assert.Empty(new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Microsoft365).Validate(document).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}"));
    }

    [Fact]
    public async Task Docx_Q3201011_ShadesEachRatingCellInItsColourBesideItsWord()
    {
        XDocument xml = XDocument.Parse(new Rendered(await ReportWriter.RenderAsync(await BuildAsync("2010/11 Q3"), ReportFormat.Docx)).Part("word/document.xml"));

        var summary = Table(xml, "Performance indicator ratings, Q3 2010/11");
        Assert.Equal(
            [("Red", "F4CDC6"), ("Amber", "FFE9A8"), ("Green", "CCE2D8"), ("Unable to traffic light", null)],
            summary.Elements(W + "tr").Skip(1).Select(r => r.Elements(W + "tc").First()).Select(c => (Text(c), Fill(c))));
        Assert.Equal("F3F2F1", Fill(summary.Elements(W + "tr").First().Elements(W + "tc").First()));
        var progress = Table(xml, "Overall progress rating and direction of travel of the improvement priorities");
        XElement cell = progress.Elements(W + "tr").Skip(1).SelectMany(r => r.Elements(W + "tc")).First(c => Text(c) == "Red ↓ deteriorating");
        Assert.Equal("F4CDC6", Fill(cell));
    }

    [Fact]
    public async Task Docx_Q3201011_AlignsFiguresRight_AndWordsLeft()
    {
        XDocument xml = XDocument.Parse(new Rendered(await ReportWriter.RenderAsync(await BuildAsync("2010/11 Q3"), ReportFormat.Docx)).Part("word/document.xml"));

        XElement red = Table(xml, "Performance indicator ratings, Q3 2010/11").Elements(W + "tr").ElementAt(1);
        Assert.Equal([("Red", null), ("4", "right"), ("12%", "right")], red.Elements(W + "tc").Select(c => (Text(c), Justification(c))));
        XElement header = Table(xml, "Performance indicators, Q3 2010/11").Elements(W + "tr").First();
        Assert.Equal(
            [null, null, "right", "right", "right", null, "right", null, null, "right", "right", "right", null],
            header.Elements(W + "tc").Select(Justification));
    }

    [Fact]
    public async Task Docx_Q3201011_FitsEveryTableToItsPage_AndRepeatsAndKeepsItsHeaderRow()
    {
        BoardReport report = await BuildAsync("2010/11 Q3");
        XDocument xml = XDocument.Parse(new Rendered(await ReportWriter.RenderAsync(report, ReportFormat.Docx)).Part("word/document.xml"));
        XElement body = xml.Root!.Element(W + "body")!;
        XElement appendices = body.Elements(W + "p").First(p => p.Descendants(W + "sectPr").Any());

        var tables = body.Elements(W + "tbl").ToList();
        Assert.All(tables, t =>
        {
            int width = t.ElementsBeforeSelf().Contains(appendices) ? 16838 - 2040 : 11906 - 2040;
            int[] grid = [.. t.Element(W + "tblGrid")!.Elements(W + "gridCol").Select(g => (int)g.Attribute(W + "w")!)];
            Assert.Equal(width, grid.Sum());
            Assert.Equal("fixed", (string?)t.Element(W + "tblPr")!.Element(W + "tblLayout")!.Attribute(W + "type"));
            XElement header = t.Elements(W + "tr").First();
            Assert.NotNull(header.Element(W + "trPr")!.Element(W + "tblHeader"));
            Assert.All(header.Descendants(W + "p"), p => Assert.NotNull(p.Element(W + "pPr")!.Element(W + "keepNext")));
            Assert.Equal("Caption", (string?)t.ElementsBeforeSelf(W + "p").Last().Element(W + "pPr")!.Element(W + "pStyle")!.Attribute(W + "val"));
        });

        // The indicator appendix has twelve columns on a landscape page; its widest column is the indicator's title.
        int[] appendix = [.. Table(xml, "Performance indicators, Q3 2010/11").Element(W + "tblGrid")!.Elements(W + "gridCol").Select(g => (int)g.Attribute(W + "w")!)];
        Assert.Equal(13, appendix.Length);
        Assert.Equal(appendix.Max(), appendix[0]);
    }

    [Fact]
    public async Task Docx_Q3201011_NumbersSectionsAndParagraphs_AndBulletsTheAppendices_WithWordsLists()
    {
        var docx = new Rendered(await ReportWriter.RenderAsync(await BuildAsync("2010/11 Q3"), ReportFormat.Docx));
        XDocument xml = XDocument.Parse(docx.Part("word/document.xml"));
        XDocument numbering = XDocument.Parse(docx.Part("word/numbering.xml"));

        (string Format, string Text) Level(XElement paragraph)
        {
            XElement numPr = paragraph.Element(W + "pPr")!.Element(W + "numPr")!;
            string id = (string)numPr.Element(W + "numId")!.Attribute(W + "val")!;
            string ilvl = (string)numPr.Element(W + "ilvl")!.Attribute(W + "val")!;
            string abstractId = (string)numbering.Root!.Elements(W + "num").Single(n => (string?)n.Attribute(W + "numId") == id).Element(W + "abstractNumId")!.Attribute(W + "val")!;
            XElement level = numbering.Root!.Elements(W + "abstractNum").Single(a => (string?)a.Attribute(W + "abstractNumId") == abstractId).Elements(W + "lvl").Single(l => (string?)l.Attribute(W + "ilvl") == ilvl);
            return ((string)level.Element(W + "numFmt")!.Attribute(W + "val")!, (string)level.Element(W + "lvlText")!.Attribute(W + "val")!);
        }

        XElement Paragraph(string start) => xml.Descendants(W + "p").First(p => Text(p).StartsWith(start, StringComparison.Ordinal));
        Assert.Equal(("decimal", "%1"), Level(Paragraph("Executive summary")));
        Assert.Equal(("decimal", "%1.%2"), Level(Paragraph("This report presents performance information")));
        Assert.Equal(("decimal", "%1.%2"), Level(Paragraph("The following appendices are provided with this report:")));
        Assert.Equal(("bullet", "•"), Level(Paragraph("Appendix 1: Action trackers.")));
        Assert.Equal(("decimal", "%1"), Level(Paragraph("Main issues")));
    }

    [Fact]
    public async Task Docx_Q3201011_PrintsTheTitleAndPageNOfMInTheFooterOfEverySection()
    {
        BoardReport report = await BuildAsync("2010/11 Q3");
        byte[] bytes = await ReportWriter.RenderAsync(report, ReportFormat.Docx);

        using WordprocessingDocument document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        MainDocumentPart main = document.MainDocumentPart!;
        var references = main.Document.Descendants<DocumentFormat.OpenXml.Wordprocessing.FooterReference>().ToList();
        Assert.Equal(2, references.Count);
        Assert.All(references, r =>
        {
            var footer = (FooterPart)main.GetPartById(r.Id!);
            XElement root = XElement.Parse(footer.Footer.OuterXml);
            Assert.Equal($"{report.FrontSheet.Subject}Page 1 of 1", string.Concat(root.Descendants(W + "t").Select(t => t.Value)));
            Assert.Equal([" PAGE ", " NUMPAGES "], root.Descendants(W + "fldSimple").Select(f => (string)f.Attribute(W + "instr")!));
        });
    }

    private async Task<BoardReport> BuildAsync(string period)
    {
        await using var db = store.Open();
        ReportBuild build = await BoardReportBuilder.BuildAsync(db, new ReportRequest(Data.Demo.DemoCouncil.Board, ReportingPeriod.Parse(period)));
        Assert.True(build.Succeeded, build.Error);
        return build.Report;
    }

    private static XElement Table(XDocument xml, string caption) =>
        xml.Descendants(W + "tbl").Single(t => (string?)t.Element(W + "tblPr")!.Element(W + "tblCaption")!.Attribute(W + "val") == caption);

    private static string Text(XElement element) => string.Concat(element.Descendants(W + "t").Select(t => t.Value));

    private static string? Fill(XElement cell) => (string?)cell.Element(W + "tcPr")!.Element(W + "shd")?.Attribute(W + "fill");

    private static string? Justification(XElement cell) => (string?)cell.Element(W + "p")!.Element(W + "pPr")!.Element(W + "jc")?.Attribute(W + "val");
}
