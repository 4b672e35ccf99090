using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

using Waymark.Data.Reports;
using Waymark.Data.Store;
using Waymark.Reporting.Writers;
using Waymark.Web.Reports;

namespace Waymark.Web.Pages.Reports.Published;

/// <summary>A published file, byte for byte as it was published; refused when it no longer has its SHA-256.</summary>
public sealed class FileModel(WaymarkDb db, ILogger<FileModel> logger) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, string format, CancellationToken cancellationToken)
    {
        if (!ReportWriter.Codes.Contains(format)
            || await Publication.FindAsync(db, id, cancellationToken) is not { } publication
            || publication.File(format) is not PublishedReport file)
        {
            return NotFound();
        }

        if (!PublishedFiles.IsIntact(file, logger))
        {
            return StatusCode(StatusCodes.Status500InternalServerError);
        }

        ReportFormat parsed = ReportWriter.Parse(format);
        Response.Headers.ETag = $"\"{file.ContentHash}\"";
        return File(file.Content, ReportFiles.ContentType(parsed), ReportFiles.FileName(publication.Board, publication.Period.ToString(), parsed));
    }
}
