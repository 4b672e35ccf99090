using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

using Waymark.Data.People;
using Waymark.Data.Store;

namespace Waymark.Web.Pages.Admin.Users;

public sealed class IndexModel(WaymarkDb db, TimeProvider clock) : PageModel
{
    public IReadOnlyList<User> Users { get; private set; } = [];

    public DateTimeOffset Now { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Now = clock.GetUtcNow();
        Users = await db.Users.AsNoTracking().Include(u => u.Roles).OrderBy(u => u.Name).ToListAsync(cancellationToken);
    }
}
