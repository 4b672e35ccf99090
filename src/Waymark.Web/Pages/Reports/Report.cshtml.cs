using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

using Waymark.Data.Reports;
using Waymark.Data.Store;

namespace Waymark.Web.Pages.Reports;

/// <summary>One published report, exactly as it was frozen when published.</summary>
[AllowAnonymous]
public sealed class ReportModel(WaymarkDb db) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        PublishedReport? report = await db.PublishedReports.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (report is null)
        {
            return NotFound();
        }

        string name = $"report-{report.Period.ToString().Replace('/', '-').Replace(' ', '-')}.{report.Format}";
        if (report.Format == "html")
        {
            // The report is a self-contained page with its own styles and no scripts: it runs in a sandbox.
            Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox";
            return File(report.Content, "text/html; charset=utf-8");
        }

        string type = report.Format switch
        {
            "pdf" => "application/pdf",
            "docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "csv" => "text/csv",
            _ => "application/octet-stream",
        };
        return File(report.Content, type, name);
    }
}
