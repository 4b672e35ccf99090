using System.Text;

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

using Waymark.Data.Store;
using Waymark.Web.Reports;

namespace Waymark.Web.Pages.Reports.Published;

/// <summary>A published report, read by anyone: the frozen web page's content, and each frozen file to download.</summary>
public sealed class ReportModel(WaymarkDb db, ILogger<ReportModel> logger) : PageModel
{
    public Publication Publication { get; private set; } = null!;

    public string? Body { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await Publication.FindAsync(db, id, cancellationToken) is not { } publication)
        {
            return NotFound();
        }

        Publication = publication;
        if (publication.File("html") is { } html)
        {
            if (!PublishedFiles.IsIntact(html, logger))
            {
                return StatusCode(StatusCodes.Status500InternalServerError);
            }

            Body = ReportHtml.Body(new UTF8Encoding(false).GetString(html.Content));
        }

        return Page();
    }
}
