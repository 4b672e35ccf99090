using System.Data.Common;

using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Waymark.Data.Store;

/// <summary>
/// Sets up every SQLite connection a context opens so that several writers share one file: the database is kept in
/// write-ahead-log mode (readers and one writer work at once, and a reader never holds a writer up), and a connection
/// that finds the file locked by another writer waits up to <see cref="BusyTimeout"/> for it instead of failing
/// at once with "database is locked". The journal mode is stored in the file, so it is set once; the busy timeout
/// belongs to each connection.
/// </summary>
public sealed class SqliteConnectionSetup : DbConnectionInterceptor
{
    /// <summary>How long a statement waits for another connection's write to finish before it fails.</summary>
    public static readonly TimeSpan BusyTimeout = TimeSpan.FromSeconds(15);

    private static readonly string Timeout = $"PRAGMA busy_timeout = {(int)BusyTimeout.TotalMilliseconds};";

    private SqliteConnectionSetup()
    {
    }

    /// <summary>The one instance, shared by every context.</summary>
    public static SqliteConnectionSetup Instance { get; } = new();

    /// <inheritdoc/>
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (connection is SqliteConnection sqlite)
        {
            using SqliteCommand command = sqlite.CreateCommand();
            command.CommandText = Timeout;
            command.ExecuteNonQuery();
            command.CommandText = "PRAGMA journal_mode;";
            if (command.ExecuteScalar() is string mode && NeedsWal(mode))
            {
                command.CommandText = "PRAGMA journal_mode = WAL;";
                command.ExecuteNonQuery();
            }
        }
    }

    /// <inheritdoc/>
    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (connection is SqliteConnection sqlite)
        {
            await PrepareAsync(sqlite, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Sets up a connection opened without a context as a context's would be.</summary>
    public static async Task PrepareAsync(SqliteConnection connection, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using SqliteCommand command = connection.CreateCommand();
        command.CommandText = Timeout;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        command.CommandText = "PRAGMA journal_mode;";
        if (await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is string mode && NeedsWal(mode))
        {
            command.CommandText = "PRAGMA journal_mode = WAL;";
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    // An in-memory database has no log to write ahead of ("memory"); every file database does.
    private static bool NeedsWal(string mode) => !string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase) && !string.Equals(mode, "memory", StringComparison.OrdinalIgnoreCase);
}
