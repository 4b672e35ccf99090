using System.IO.Compression;
using System.Xml.Linq;

using DocumentFormat.OpenXml.Packaging;

using SkiaSharp;

using Waymark.Reporting.Charts;
using Waymark.Reporting.Content;
using Waymark.Reporting.Writers;

namespace Waymark.Reporting.Tests;

/// <summary>The Word report's trend charts: a PNG picture per highlighted indicator, described in words, drawn from the chart's one layout.</summary>
public sealed class DocxChartTests(LeedsReportStore store) : IClassFixture<LeedsReportStore>
{
    private static readonly XNamespace Wp = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
    private static readonly XNamespace A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    private static readonly XNamespace R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    [Fact]
    public async Task Docx_Q3200809_HasATrendPicturePerHighlight_DescribedAndDrawn()
    {
        BoardReport report = await Rendered.ModelAsync(store, "2008/09 Q3");
        var charted = report.Highlights.Where(h => h.Trend.Count > 1).ToList();
        Assert.Equal(report.Highlights.Count, charted.Count);
        Assert.Contains(charted, h => h.Line.Code == "NI 66");
        byte[] docx = await ReportWriter.RenderAsync(report, ReportFormat.Docx);

        using (var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read))
        {
            Assert.Equal(charted.Count, zip.Entries.Count(e => e.FullName.StartsWith("word/media/", StringComparison.Ordinal) && e.FullName.EndsWith(".png", StringComparison.Ordinal)));
        }

        using WordprocessingDocument document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        Assert.Empty(new DocumentFormat.OpenXml.Validation.OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Microsoft365)
            .Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}"));
        MainDocumentPart main = document.MainDocumentPart!;
        XDocument xml = XDocument.Load(main.GetStream());
        var drawings = xml.Descendants(Wp + "inline").ToList();
        Assert.Equal(charted.Count, drawings.Count);
        for (int i = 0; i < charted.Count; i++)
        {
            IndicatorLine line = charted[i].Line;
            XElement docPr = drawings[i].Element(Wp + "docPr")!;
            Assert.StartsWith($"Line chart of {line.Code} {line.Title}, ", (string?)docPr.Attribute("descr"), StringComparison.Ordinal);
            Assert.Equal($"{line.Code} {line.Title}: trend to 2008/09 Q3", (string?)docPr.Attribute("title"));
            Assert.Equal(6096000L, (long)drawings[i].Element(Wp + "extent")!.Attribute("cx")!);
            Assert.Equal(2857500L, (long)drawings[i].Element(Wp + "extent")!.Attribute("cy")!);

            string id = (string)drawings[i].Descendants(A + "blip").Single().Attribute(R + "embed")!;
            var image = (ImagePart)main.GetPartById(id);
            Assert.Equal("image/png", image.ContentType);
            Assert.StartsWith("/word/media/", image.Uri.ToString(), StringComparison.Ordinal);
            using Stream png = image.GetStream();
            using SKBitmap bitmap = SKBitmap.Decode(png);
            Assert.Equal((1280, 600), (bitmap.Width, bitmap.Height));
            Assert.True(Pixels(bitmap, SKColor.Parse("#1d70b8")) > 200, $"{line.Code}: the result line's blue is missing");
            Assert.True(Pixels(bitmap, SKColors.Black) > 200, $"{line.Code}: the labels are missing");
        }

        XElement ni66 = drawings[charted.FindIndex(h => h.Line.Code == "NI 66")].Element(Wp + "docPr")!;
        Assert.Equal(
            "Line chart of NI 66 Looked after children cases which were reviewed within required timescales, 2008/09 Q1 to 2008/09 Q3: the result and the target. " +
            "The latest result is 77.4% (2008/09 Q3) against a target of 80.0%. The same figures are in the table that follows.",
            (string?)ni66.Attribute("descr"));
    }

    [Fact]
    public async Task TrendChart_SvgAndPng_DrawTheSameLayout()
    {
        BoardReport report = await Rendered.ModelAsync(store, "2008/09 Q3");
        HighlightedIndicator ni66 = report.Highlights.Single(h => h.Line.Code == "NI 66");
        TrendLayout layout = TrendChart.Layout(ni66);
        string svg = TrendChart.Svg(ni66, "chart-1");

        TrendLine result = layout.Lines.Single(l => l.Series.Name == "Result");
        Assert.Equal(ni66.Trend.Count(p => p.Value is not null), result.Points.Count);
        string points = string.Join(' ', result.Points.Select(p => FormattableString.Invariant($"{p.X:0.#},{p.Y:0.#}")));
        Assert.Contains($"stroke=\"#1d70b8\" stroke-width=\"2.5\" points=\"{points}\"", svg, StringComparison.Ordinal);

        using SKBitmap bitmap = SKBitmap.Decode(TrendChart.Png(ni66, scale: 1));
        Assert.Equal((640, 300), (bitmap.Width, bitmap.Height));
        foreach (ChartPoint p in result.Points)
        {
            Assert.Equal(SKColor.Parse("#1d70b8"), bitmap.GetPixel((int)Math.Round(p.X), (int)Math.Round(p.Y)));
        }

        Assert.Equal(SKColors.White, bitmap.GetPixel(5, 5));
    }

    [Fact]
    public async Task TrendChart_FewPeriods_WritesThemAcross_ManyPeriods_AtASlant()
    {
        BoardReport report = await Rendered.ModelAsync(store, "2008/09 Q3");
        HighlightedIndicator ni66 = report.Highlights.Single(h => h.Line.Code == "NI 66");

        TrendLayout few = TrendChart.Layout(ni66);
        Assert.All(few.PeriodLabels, l => Assert.Equal((ChartAnchor.Middle, 0m), (l.Anchor, l.Rotation)));
        Assert.Equal(few.Lines.Single(l => l.Series.Name == "Result").Points.Select(p => p.X), few.PeriodLabels.Select(l => l.At.X));
        string svg = TrendChart.Svg(ni66, "chart-1");
        Assert.Contains("text-anchor=\"middle\">2008/09 Q1</text>", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("rotate(", svg, StringComparison.Ordinal);

        // Twelve quarters are 36 pixels apart: too close for "2008/09 Q1" written across.
        var quarters = Enumerable.Range(0, 12).Select(i => new TrendPoint($"{2006 + (i / 4)}/{(7 + (i / 4)) % 100:00} Q{(i % 4) + 1}", 70m + i, 80m, null, null, null)).ToList();
        TrendLayout many = TrendChart.Layout(ni66 with { Trend = quarters });
        Assert.All(many.PeriodLabels, l => Assert.Equal((ChartAnchor.End, -35m), (l.Anchor, l.Rotation)));
        Assert.True(many.PlotHeight < few.PlotHeight);
        Assert.Contains("rotate(-35", TrendChart.Svg(ni66 with { Trend = quarters }, "chart-2"), StringComparison.Ordinal);
    }

    private static int Pixels(SKBitmap bitmap, SKColor colour)
    {
        int count = 0;
        for (int y = 0; y < bitmap.Height; y++)
        {
            for (int x = 0; x < bitmap.Width; x++)
            {
                if (bitmap.GetPixel(x, y) == colour)
                {
                    count++;
                }
            }
        }

        return count;
    }
}
