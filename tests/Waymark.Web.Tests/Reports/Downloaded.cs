using System.Diagnostics;
using System.IO.Compression;
using System.Text.RegularExpressions;

namespace Waymark.Web.Tests.Reports;

/// <summary>A downloaded file read back as a person would read it: PDF text through pdftotext, a part of a DOCX or XLSX package.</summary>
internal static partial class Downloaded
{
    public static string Part(byte[] package, string path)
    {
        using var zip = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        ZipArchiveEntry entry = zip.GetEntry(path) ?? throw new InvalidOperationException($"There is no part {path}.");
        using var reader = new StreamReader(entry.Open());
        return reader.ReadToEnd();
    }

    /// <summary>The PDF's text as <c>pdftotext -layout</c> prints it, runs of spaces made one.</summary>
    public static string PdfText(byte[] pdf)
    {
        string file = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".pdf");
        File.WriteAllBytes(file, pdf);
        try
        {
            var start = new ProcessStartInfo("pdftotext", ["-layout", file, "-"]) { RedirectStandardOutput = true };
            using Process process = Process.Start(start)!;
            string text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.Equal(0, process.ExitCode);
            return Spaces().Replace(text, " ");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [GeneratedRegex("[ \t]+")]
    private static partial Regex Spaces();
}
