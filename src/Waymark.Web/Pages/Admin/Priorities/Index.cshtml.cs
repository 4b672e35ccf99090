using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

using Waymark.Data.Framework;
using Waymark.Data.Store;

namespace Waymark.Web.Pages.Admin.Priorities;

public sealed class IndexModel(WaymarkDb db) : PageModel
{
    public IReadOnlyList<Plan> Plans { get; private set; } = [];

    public IReadOnlyDictionary<int, string> BoardNames { get; private set; } = new Dictionary<int, string>();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Plans = await db.Plans.AsNoTracking()
            .Include(p => p.Priorities).ThenInclude(p => p.LeadOfficer)
            .Include(p => p.Priorities).ThenInclude(p => p.AccountableDirector)
            .Include(p => p.Priorities).ThenInclude(p => p.Boards)
            .AsSplitQuery()
            .OrderBy(p => p.Code)
            .ToListAsync(cancellationToken);
        BoardNames = await db.Boards.AsNoTracking().ToDictionaryAsync(b => b.Id, b => b.Name, cancellationToken);
    }
}
