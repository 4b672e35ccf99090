using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

using Waymark.Data.Imports;
using Waymark.Data.Store;
using Waymark.Web.Uploads;

namespace Waymark.Web.Pages.Admin.Uploads;

/// <summary>An uploaded file's dry-run report, then its import when confirmed, or its removal when discarded.</summary>
public sealed class UploadModel(WaymarkDb db, TimeProvider clock, UploadFolder folder) : PageModel
{
    public PendingUpload Upload { get; private set; } = null!;

    public ImportReport Report { get; private set; } = null!;

    public bool Stored { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (await folder.FindAsync(id, cancellationToken) is not { } upload)
        {
            return NotFound();
        }

        Upload = upload;
        Report = await ImportAsync(dryRun: true, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync(string id, CancellationToken cancellationToken)
    {
        if (await folder.FindAsync(id, cancellationToken) is not { } upload)
        {
            return NotFound();
        }

        Upload = upload;
        Report = await ImportAsync(dryRun: false, cancellationToken);
        if (Report.Succeeded)
        {
            folder.Discard(upload);
            Stored = true;
        }
        else
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostDiscardAsync(string id, CancellationToken cancellationToken)
    {
        if (await folder.FindAsync(id, cancellationToken) is { } upload)
        {
            folder.Discard(upload);
        }

        return RedirectToPage("/Admin/Uploads/Index");
    }

    private async Task<ImportReport> ImportAsync(bool dryRun, CancellationToken cancellationToken)
    {
        using StreamReader reader = folder.Open(Upload);
        var options = new ImportOptions(User.Identity?.Name ?? "web", clock, dryRun);
        return await Importers.ByKind[Upload.Kind](db, reader, Upload.FileName, options, cancellationToken);
    }
}
