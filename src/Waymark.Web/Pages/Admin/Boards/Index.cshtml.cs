using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

using Waymark.Data.Store;

namespace Waymark.Web.Pages.Admin.Boards;

public sealed class IndexModel(WaymarkDb db) : PageModel
{
    public IReadOnlyList<BoardLine> Boards { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Boards = await db.Boards.AsNoTracking()
            .OrderBy(b => b.Name)
            .Select(b => new BoardLine(
                b.Id,
                b.Name,
                db.PriorityBoards.Count(p => p.BoardId == b.Id),
                db.IndicatorBoards.Count(i => i.BoardId == b.Id),
                db.Meetings.Where(m => m.BoardId == b.Id).Max(m => (DateOnly?)m.Date)))
            .ToListAsync(cancellationToken);
}
