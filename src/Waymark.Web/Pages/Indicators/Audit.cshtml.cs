using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

using Waymark.Data.Measures;
using Waymark.Data.Store;
using Waymark.Web.Accounts;
using Waymark.Web.Audit;

namespace Waymark.Web.Pages.Indicators;

/// <summary>Every recorded change to an indicator's definition, targets and results, for the performance team and the owner.</summary>
public sealed class AuditModel(WaymarkDb db) : PageModel
{
    public Indicator Indicator { get; private set; } = null!;

    public IReadOnlyList<AuditLine> Lines { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        Indicator? indicator = await db.Indicators.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (indicator is null)
        {
            return NotFound();
        }

        if (!Permissions.CanReadIndicatorAudit(User, indicator))
        {
            return Forbid();
        }

        Indicator = indicator;
        Lines = await AuditTrail.ForIndicatorAsync(db, id, cancellationToken);
        return Page();
    }
}
