using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

using Waymark.Data.Framework;
using Waymark.Data.Store;
using Waymark.Data.Trackers;
using Waymark.Web.Accounts;
using Waymark.Web.Audit;

namespace Waymark.Web.Pages.Trackers;

/// <summary>Every recorded change to a tracker, its key actions and steps, for the performance team and the lead officer.</summary>
public sealed class AuditModel(WaymarkDb db) : PageModel
{
    public Tracker Tracker { get; private set; } = null!;

    public Priority Priority { get; private set; } = null!;

    public IReadOnlyList<AuditLine> Lines { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        Tracker? tracker = await db.Trackers.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (tracker is null)
        {
            return NotFound();
        }

        Priority = await db.Priorities.AsNoTracking().FirstAsync(p => p.Id == tracker.PriorityId, cancellationToken);
        if (!Permissions.CanReadTrackerAudit(User, Priority))
        {
            return Forbid();
        }

        Tracker = tracker;
        Lines = await AuditTrail.ForTrackerAsync(db, id, cancellationToken);
        return Page();
    }
}
