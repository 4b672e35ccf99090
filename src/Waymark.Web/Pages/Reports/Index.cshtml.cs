using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

using Waymark.Data.Store;

namespace Waymark.Web.Pages.Reports;

/// <summary>The published board reports: the only thing anyone may read without signing in.</summary>
[AllowAnonymous]
public sealed class IndexModel(WaymarkDb db) : PageModel
{
    public IReadOnlyList<PublishedLine> Reports { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var rows = await db.PublishedReports.AsNoTracking()
            .Join(db.Boards, r => r.BoardId, b => b.Id, (r, b) => new { r.Id, Board = b.Name, r.Period, r.Format, r.PublishedAt, Size = r.Content.Length })
            .ToListAsync(cancellationToken);
        Reports = [.. rows
            .OrderByDescending(r => r.Period).ThenBy(r => r.Board, StringComparer.Ordinal).ThenBy(r => r.Format, StringComparer.Ordinal).ThenByDescending(r => r.PublishedAt)
            .Select(r => new PublishedLine(r.Id, r.Board, r.Period.Label, r.Format, r.PublishedAt, r.Size))];
    }

    public sealed record PublishedLine(int Id, string Board, string Period, string Format, DateTimeOffset PublishedAt, int Size);
}
