using Microsoft.EntityFrameworkCore;

using Waymark.Data.Reports;
using Waymark.Data.Store;
using Waymark.Periods;

namespace Waymark.Web.Reports;

/// <summary>
/// The files of a board's report published together (at one moment), known by the id of the first of them.
/// </summary>
public sealed record Publication(int Id, string Board, ReportingPeriod Period, DateTimeOffset PublishedAt, string PublishedBy, IReadOnlyList<PublishedReport> Files)
{
    public PublishedReport? File(string format) => Files.FirstOrDefault(f => f.Format == format);

    /// <summary>Every publication, newest first; the files' contents are not loaded.</summary>
    public static async Task<IReadOnlyList<Publication>> AllAsync(WaymarkDb db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await db.PublishedReports.AsNoTracking()
            .Select(r => new { Row = new PublishedReport { Id = r.Id, BoardId = r.BoardId, Period = r.Period, Format = r.Format, ModelJson = string.Empty, Content = Array.Empty<byte>(), ContentHash = r.ContentHash, PublishedBy = r.PublishedBy, PublishedAt = r.PublishedAt } })
            .ToListAsync(cancellationToken);
        Dictionary<int, string> boards = await db.Boards.AsNoTracking().ToDictionaryAsync(b => b.Id, b => b.Name, cancellationToken);
        return
        [
            .. rows.Select(r => r.Row)
                .GroupBy(r => (r.BoardId, r.Period, r.PublishedAt))
                .Select(g => Of(g.OrderBy(r => r.Id).ToList(), boards[g.Key.BoardId]))
                .OrderByDescending(p => p.PublishedAt).ThenByDescending(p => p.Id),
        ];
    }

    /// <summary>The publication whose first file has <paramref name="id"/>, with the files' contents, or null.</summary>
    public static async Task<Publication?> FindAsync(WaymarkDb db, int id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        PublishedReport? first = await db.PublishedReports.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (first is null)
        {
            return null;
        }

        List<PublishedReport> siblings = await db.PublishedReports.AsNoTracking()
            .Where(r => r.BoardId == first.BoardId && r.Period == first.Period).ToListAsync(cancellationToken);
        List<PublishedReport> files = [.. siblings.Where(r => r.PublishedAt == first.PublishedAt).OrderBy(r => r.Id)];
        if (files[0].Id != id)
        {
            return null;
        }

        string board = await db.Boards.AsNoTracking().Where(b => b.Id == first.BoardId).Select(b => b.Name).FirstAsync(cancellationToken);
        return Of(files, board);
    }

    private static Publication Of(List<PublishedReport> files, string board) =>
        new(files[0].Id, board, files[0].Period, files[0].PublishedAt, files[0].PublishedBy, files);
}
