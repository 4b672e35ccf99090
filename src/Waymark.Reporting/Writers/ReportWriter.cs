using System.Text;

using Waymark.Data.Exports;
using Waymark.Reporting.Content;

namespace Waymark.Reporting.Writers;

/// <summary>Writes the one report model in any of its formats.</summary>
public static class ReportWriter
{
    public static IReadOnlyList<string> Codes { get; } = ["html", "pdf", "docx", "xlsx", "csv"];

    public static ReportFormat Parse(string code) => code.Trim().ToLowerInvariant() switch
    {
        "html" => ReportFormat.Html,
        "pdf" => ReportFormat.Pdf,
        "docx" => ReportFormat.Docx,
        "xlsx" => ReportFormat.Xlsx,
        "csv" => ReportFormat.Csv,
        _ => throw new ArgumentException($"'{code}' is not a report format; use one of {string.Join(", ", Codes)}.", nameof(code)),
    };

    public static string Code(this ReportFormat format) => format.ToString().ToLowerInvariant();

    /// <summary>Writes <paramref name="report"/> as <paramref name="format"/>; a PDF is printed by
    /// <paramref name="printer"/>'s browser when one is given, or by a browser started for it.</summary>
    public static async Task WriteAsync(BoardReport report, ReportFormat format, Stream stream, PdfPrinter? printer = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(stream);
        switch (format)
        {
            case ReportFormat.Html:
                byte[] html = new UTF8Encoding(false).GetBytes(HtmlReportWriter.Write(report));
                await stream.WriteAsync(html, cancellationToken).ConfigureAwait(false);
                break;
            case ReportFormat.Pdf:
                await PdfReportWriter.WriteAsync(report, stream, printer, cancellationToken).ConfigureAwait(false);
                break;
            case ReportFormat.Docx:
                // The package writer needs to seek; it writes to memory, then the whole document is copied.
                using (var buffer = new MemoryStream())
                {
                    DocxReportWriter.Write(report, buffer);
                    buffer.Position = 0;
                    await buffer.CopyToAsync(stream, cancellationToken).ConfigureAwait(false);
                }

                break;
            case ReportFormat.Xlsx:
                using (var buffer = new MemoryStream())
                {
                    XlsxReportWriter.Write(report, buffer);
                    buffer.Position = 0;
                    await buffer.CopyToAsync(stream, cancellationToken).ConfigureAwait(false);
                }

                break;
            case ReportFormat.Csv:
                await using (var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true))
                {
                    await CsvTableWriter.WriteAsync(ReportTables.BoardIndicators(report), writer, cancellationToken).ConfigureAwait(false);
                }

                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown report format.");
        }
    }

    public static async Task<byte[]> RenderAsync(BoardReport report, ReportFormat format, PdfPrinter? printer = null, CancellationToken cancellationToken = default)
    {
        using var buffer = new MemoryStream();
        await WriteAsync(report, format, buffer, printer, cancellationToken).ConfigureAwait(false);
        return buffer.ToArray();
    }
}
