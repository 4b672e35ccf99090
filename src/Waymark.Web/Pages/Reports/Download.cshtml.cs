using Microsoft.AspNetCore.Mvc;

using Waymark.Data.Store;
using Waymark.Reporting.Content;
using Waymark.Reporting.Writers;
using Waymark.Web.Reports;

namespace Waymark.Web.Pages.Reports;

/// <summary>The report built from today's figures, as a file in the chosen format.</summary>
public sealed class DownloadModel(WaymarkDb db, PdfPrinter printer) : ReportPage(db)
{
    [BindProperty(SupportsGet = true)]
    public string? Format { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Format is null || !ReportWriter.Codes.Contains(Format))
        {
            return NotFound();
        }

        BoardReport? report = await BuildAsync(cancellationToken);
        if (report is null)
        {
            return BadRequest(string.Join(" ", Errors.Select(e => e.Message)));
        }

        ReportFormat format = ReportWriter.Parse(Format);
        byte[] content = await ReportWriter.RenderAsync(report, format, printer, cancellationToken);
        return File(content, ReportFiles.ContentType(format), ReportFiles.FileName(report.Board, report.Period, format));
    }
}
