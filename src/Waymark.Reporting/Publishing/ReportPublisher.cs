using System.Security.Cryptography;

using Microsoft.EntityFrameworkCore;

using Waymark.Data.Reports;
using Waymark.Data.Store;
using Waymark.Periods;
using Waymark.Reporting.Content;
using Waymark.Reporting.Writers;

namespace Waymark.Reporting.Publishing;

/// <summary>
/// Publishing freezes a report: its model as JSON and the file rendered from it are stored with the file's SHA-256
/// hash, so what was published can be given out again unchanged whatever happens to the data afterwards.
/// </summary>
public static class ReportPublisher
{
    public static string Hash(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));

    /// <summary>Whether a published file's content still has the SHA-256 it was published with.</summary>
    public static bool IsIntact(PublishedReport file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return string.Equals(Hash(file.Content), file.ContentHash, StringComparison.OrdinalIgnoreCase);
    }

    public static async Task<PublishedReport> PublishAsync(
        WaymarkDb db, BoardReport report, ReportFormat format, byte[] content, TimeProvider clock, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(clock);
        int boardId = await BoardIdAsync(db, report.Board, cancellationToken).ConfigureAwait(false);
        var published = new PublishedReport
        {
            BoardId = boardId,
            Period = ReportingPeriod.Parse(report.Period),
            Format = format.Code(),
            ModelJson = ReportJson.Serialize(report),
            Content = content,
            ContentHash = Hash(content),
            PublishedBy = db.Actor,
            PublishedAt = clock.GetUtcNow(),
        };
        db.PublishedReports.Add(published);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return published;
    }

    /// <summary>The latest publication of the board's report for the period (in <paramref name="format"/> when given), or null.</summary>
    public static async Task<PublishedReport?> LatestAsync(
        WaymarkDb db, string board, ReportingPeriod period, ReportFormat? format = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        int boardId = await BoardIdAsync(db, board, cancellationToken).ConfigureAwait(false);
        IQueryable<PublishedReport> query = db.PublishedReports.AsNoTracking().Where(r => r.BoardId == boardId && r.Period == period);
        if (format is { } f)
        {
            string code = f.Code();
            query = query.Where(r => r.Format == code);
        }

        return await query.OrderByDescending(r => r.Id).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task<int> BoardIdAsync(WaymarkDb db, string board, CancellationToken cancellationToken)
    {
        var boards = await db.Boards.AsNoTracking().Select(b => new { b.Id, b.Name }).ToListAsync(cancellationToken).ConfigureAwait(false);
        return boards.Find(b => string.Equals(b.Name, board.Trim(), StringComparison.OrdinalIgnoreCase))?.Id
            ?? throw new InvalidOperationException($"There is no board '{board}' in the store.");
    }
}
