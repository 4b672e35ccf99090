using Waymark.Reporting.Content;

namespace Waymark.Reporting.Writers;

/// <summary>
/// The report as PDF: the HTML report printed on A4 with page numbers by the system's headless Chromium (see
/// <see cref="PdfPrinter"/>). Given a printer, it uses that printer's browser; otherwise it starts one for this
/// report and closes it afterwards.
/// </summary>
public static class PdfReportWriter
{
    public static async Task WriteAsync(BoardReport report, Stream stream, PdfPrinter? printer = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(stream);
        string html = HtmlReportWriter.Write(report);
        await using PdfPrinter? own = printer is null ? new PdfPrinter() : null;
        byte[] pdf = await (printer ?? own!).PrintAsync(html, cancellationToken).ConfigureAwait(false);
        await stream.WriteAsync(pdf, cancellationToken).ConfigureAwait(false);
    }
}
