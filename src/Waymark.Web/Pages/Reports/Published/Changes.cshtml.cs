using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

using Waymark.Data.Store;
using Waymark.Reporting.Building;
using Waymark.Reporting.Content;
using Waymark.Reporting.Publishing;
using Waymark.Web.Reports;

namespace Waymark.Web.Pages.Reports.Published;

/// <summary>What differs between a published report and the same report built from today's figures.</summary>
public sealed class ChangesModel(WaymarkDb db) : PageModel
{
    public Publication Publication { get; private set; } = null!;

    public IReadOnlyList<string> Changes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await Publication.FindAsync(db, id, cancellationToken) is not { } publication)
        {
            return NotFound();
        }

        Publication = publication;
        string json = publication.Files[0].ModelJson;
        BoardReport frozen = ReportJson.Deserialize(json);
        ReportBuild build = await BoardReportBuilder.BuildAsync(db, new ReportRequest(publication.Board, publication.Period, frozen.Contents), cancellationToken);
        if (!build.Succeeded)
        {
            return NotFound();
        }

        Changes = ReportChanges.Between(json, build.Report);
        return Page();
    }
}
