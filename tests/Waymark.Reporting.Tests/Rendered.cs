using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

using Waymark.Periods;
using Waymark.Reporting.Building;
using Waymark.Reporting.Content;
using Waymark.Reporting.Writers;

namespace Waymark.Reporting.Tests;

/// <summary>A report rendered in one format, read back as a person (or pdftotext, or unzip) would read it.</summary>
internal sealed partial class Rendered(byte[] bytes)
{
    public byte[] Bytes { get; } = bytes;

    public static async Task<BoardReport> ModelAsync(LeedsReportStore store, string period)
    {
        await using var db = store.Open();
        ReportBuild build = await BoardReportBuilder.BuildAsync(db, new ReportRequest(LeedsReportStore.Board, ReportingPeriod.Parse(period)));
        Assert.True(build.Succeeded, build.Error);
        return build.Report;
    }

    public static async Task<Rendered> OfAsync(LeedsReportStore store, string period, ReportFormat format) =>
        new(await ReportWriter.RenderAsync(await ModelAsync(store, period), format));

    public string Text => Encoding.UTF8.GetString(Bytes);

    /// <summary>The text of a part of a DOCX or XLSX package, such as <c>word/document.xml</c>.</summary>
    public string Part(string path)
    {
        using var zip = new ZipArchive(new MemoryStream(Bytes), ZipArchiveMode.Read);
        ZipArchiveEntry entry = zip.GetEntry(path) ?? throw new InvalidOperationException($"There is no part {path}.");
        using var reader = new StreamReader(entry.Open());
        return reader.ReadToEnd();
    }

    /// <summary>The words of a DOCX's body, paragraph by paragraph, table cells separated by " | ".</summary>
    public string DocxText()
    {
        string xml = Part("word/document.xml");
        xml = xml.Replace("</w:p></w:tc>", " | ", StringComparison.Ordinal).Replace("</w:tr>", "\n", StringComparison.Ordinal).Replace("</w:p>", "\n", StringComparison.Ordinal);
        return Tags().Replace(xml, string.Empty).Replace("&amp;", "&", StringComparison.Ordinal).Replace("&#39;", "'", StringComparison.Ordinal).Replace("&apos;", "'", StringComparison.Ordinal);
    }

    /// <summary>The PDF's pages, each with its size and its words where <c>pdftotext -bbox</c> finds them (in points).</summary>
    public IReadOnlyList<PdfPage> PdfPages(string folder)
    {
        string xml = PdfToText(folder, "-bbox");
        var pages = new List<PdfPage>();
        foreach (Match page in PageBoxes().Matches(xml))
        {
            var words = WordBoxes().Matches(page.Groups["words"].Value)
                .Select(w => new PdfWord(
                    System.Net.WebUtility.HtmlDecode(w.Groups["text"].Value),
                    Points(w.Groups["x0"].Value),
                    Points(w.Groups["y0"].Value),
                    Points(w.Groups["x1"].Value),
                    Points(w.Groups["y1"].Value)))
                .ToList();
            pages.Add(new PdfPage(Points(page.Groups["width"].Value), Points(page.Groups["height"].Value), words));
        }

        return pages;
    }

    /// <summary>The PDF's text as <c>pdftotext -layout</c> prints it, runs of spaces made one.</summary>
    public string PdfText(string folder)
    {
        return Spaces().Replace(PdfToText(folder, "-layout"), " ");
    }

    /// <summary>The PDF's text as <c>pdftotext -layout</c> prints it, the columns of a table apart by runs of spaces.</summary>
    public string PdfLayout(string folder) => PdfToText(folder, "-layout");

    /// <summary>What <c>pdftotext</c> prints for the PDF with <paramref name="option"/>.</summary>
    private string PdfToText(string folder, string option)
    {
        string pdf = Path.Combine(folder, Guid.NewGuid().ToString("N") + ".pdf");
        File.WriteAllBytes(pdf, Bytes);
        var start = new ProcessStartInfo("pdftotext", [option, pdf, "-"]) { RedirectStandardOutput = true };
        using Process process = Process.Start(start)!;
        string text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        return text;
    }

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex("[ \t]+")]
    private static partial Regex Spaces();

    private static decimal Points(string text) => decimal.Parse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex("<page width=\"(?<width>[0-9.]+)\" height=\"(?<height>[0-9.]+)\">(?<words>.*?)</page>", RegexOptions.Singleline)]
    private static partial Regex PageBoxes();

    [GeneratedRegex("<word xMin=\"(?<x0>[0-9.]+)\" yMin=\"(?<y0>[0-9.]+)\" xMax=\"(?<x1>[0-9.]+)\" yMax=\"(?<y1>[0-9.]+)\">(?<text>[^<]*)</word>")]
    private static partial Regex WordBoxes();
}
