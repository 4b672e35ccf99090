using System.Text;
using System.Xml.Linq;

using Xunit.Abstractions;

namespace Waymark.Reporting.Tests;

/// <summary>The demo's Word report as LibreOffice lays it out, and the PDF beside it, read with <c>pdftotext -bbox</c>.</summary>
public sealed class DocxRenderTests(DemoRenders renders, ITestOutputHelper output) : IClassFixture<DemoRenders>
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    [Fact]
    public void LibreOffice_BreaksNoWordOfAnyTableCellAcrossLines()
    {
        output.WriteLine($"LibreOffice converted the DOCX in {renders.Conversion.TotalSeconds:0.0} s.");
        var document = XDocument.Parse(renders.Docx.Part("word/document.xml"));
        var everywhere = Count(document.Descendants(W + "p").SelectMany(Words));
        var inCells = document.Descendants(W + "tc").SelectMany(c => c.Descendants(W + "p")).SelectMany(Words).ToHashSet(StringComparer.Ordinal);
        var printed = Count(PageText.Body(renders.WordPdf.PdfPages(renders.Store.Folder)).Select(w => Normal(w.Text)));

        // A word broken across two lines is printed as two pieces, so the whole word is printed fewer times than the document holds it.
        var broken = inCells
            .Where(word => printed.GetValueOrDefault(word) < everywhere[word])
            .Select(word => $"{word} ({printed.GetValueOrDefault(word)} of {everywhere[word]})")
            .ToList();
        Assert.True(inCells.Count > 500, $"The tables hold only {inCells.Count} different words.");
        Assert.Empty(broken);
    }

    [Fact]
    public void LibreOffice_PrintsAboutAsManyPagesAsThePdf()
    {
        int word = renders.WordPdf.PdfPages(renders.Store.Folder).Count;
        int pdf = renders.Pdf.PdfPages(renders.Store.Folder).Count;
        output.WriteLine($"LibreOffice: {word} pages; PDF: {pdf} pages.");

        Assert.InRange(word, pdf - 3, pdf + 3);
    }

    [Fact]
    public void LibreOffice_EndsNoPageWithAHeadingCaptionOrHeaderRow()
    {
        Assert.Empty(PageText.EndingInAHeading(renders.WordPdf.PdfPages(renders.Store.Folder), PageText.Headings(renders.Html)));
    }

    [Fact]
    public void LibreOffice_PrintsTheFooterOnEveryPage()
    {
        IReadOnlyList<PdfPage> pages = renders.WordPdf.PdfPages(renders.Store.Folder);
        for (int i = 0; i < pages.Count; i++)
        {
            string footer = string.Join(' ', PageText.Footer(pages[i]).Select(w => w.Text));
            Assert.Equal($"{renders.Report.FrontSheet.Subject} Page {i + 1} of {pages.Count}", footer);
        }
    }

    private static IEnumerable<string> Words(XElement paragraph) =>
        string.Concat(paragraph.Descendants(W + "t").Select(t => t.Value)).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(Normal);

    private static string Normal(string word) => word.Normalize(NormalizationForm.FormKC);

    private static Dictionary<string, int> Count(IEnumerable<string> words) =>
        words.GroupBy(w => w, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
}
