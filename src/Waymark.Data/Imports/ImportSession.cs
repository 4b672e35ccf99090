using System.Data.Common;
using System.Globalization;
using System.Text.Json;

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

using Waymark.Data.Store;

namespace Waymark.Data.Imports;

/// <summary>
/// One import's transaction: everything the import writes is in it, and it is committed only when the file had
/// no problem and this is not a dry run. If the process stops part way, nothing is kept.
/// </summary>
internal sealed class ImportSession : IAsyncDisposable
{
    private readonly WaymarkDb db;
    private readonly IDbContextTransaction transaction;

    private ImportSession(WaymarkDb db, IDbContextTransaction transaction)
    {
        this.db = db;
        this.transaction = transaction;
    }

    public DbConnection Connection => db.Database.GetDbConnection();

    public DbTransaction Transaction => transaction.GetDbTransaction();

    public static async Task<ImportSession> BeginAsync(WaymarkDb db, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        IDbContextTransaction transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        return new ImportSession(db, transaction);
    }

    /// <summary>Records the import in the audit log and commits, unless there were problems or it is a dry run.</summary>
    public async Task<ImportReport> FinishAsync(ImportReport report, ImportOptions options, CancellationToken cancellationToken)
    {
        if (!report.Succeeded || report.DryRun)
        {
            await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
            return report;
        }

        db.AuditLog.Add(new Audit.AuditEntry
        {
            At = options.Clock.GetUtcNow(),
            Actor = options.Actor,
            Entity = "import",
            EntityKey = report.File,
            Action = "imported",
            After = JsonSerializer.Serialize(new SortedDictionary<string, string>(StringComparer.Ordinal)
            {
                ["kind"] = report.Kind,
                ["rows"] = report.Rows.ToString(CultureInfo.InvariantCulture),
                ["added"] = report.Added.ToString(CultureInfo.InvariantCulture),
                ["changed"] = report.Changed.ToString(CultureInfo.InvariantCulture),
            }),
        });
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return report;
    }

    public async ValueTask DisposeAsync()
    {
        await transaction.DisposeAsync().ConfigureAwait(false);
        await db.Database.CloseConnectionAsync().ConfigureAwait(false);
    }
}
