using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

using Waymark.Data.Measures;
using Waymark.Data.Store;

namespace Waymark.Web.Pages.Admin.Indicators;

public sealed class IndexModel(WaymarkDb db) : PageModel
{
    public IReadOnlyList<Indicator> Indicators { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Indicators = await db.Indicators.AsNoTracking().OrderBy(i => i.Code).ToListAsync(cancellationToken);
}
