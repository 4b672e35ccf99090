using System.Globalization;

using Microsoft.Data.Sqlite;

using Waymark.Data.Store;

namespace Waymark.Data.Backups;

/// <summary>
/// A SQLite store copied with SQLite's online backup, which reads one consistent snapshot of the database (the changes
/// still in its write-ahead log included) while the web application and commands go on writing, and restored the same
/// way into the store, which takes the store's write lock and replaces every page at once.
/// </summary>
internal static class SqliteBackup
{
    /// <summary>Copies the store at <paramref name="location"/> to a new database at <paramref name="destination"/> and returns the copy's schema version.</summary>
    public static async Task<(int SchemaVersion, BackupProblem? Problem)> CopyAsync(DatabaseLocation location, string destination, CancellationToken cancellationToken)
    {
        string path = DataSource(location);
        if (!File.Exists(path))
        {
            return (0, new(BackupProblemKind.StoreFailed, $"There is no SQLite database {Path.GetFullPath(path)} to back up."));
        }

        await using (var source = new SqliteConnection(Builder(path, SqliteOpenMode.ReadWrite).ToString()))
        await using (var target = new SqliteConnection(Builder(destination, SqliteOpenMode.ReadWriteCreate).ToString()))
        {
            await source.OpenAsync(cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(source, $"PRAGMA busy_timeout = {(int)SqliteConnectionSetup.BusyTimeout.TotalMilliseconds}", cancellationToken).ConfigureAwait(false);
            await target.OpenAsync(cancellationToken).ConfigureAwait(false);
            source.BackupDatabase(target);
        }

        // The copy carries the store's write-ahead-log mode, read when it is next opened; it is kept as one
        // self-contained file instead.
        await using var copy = new SqliteConnection(Builder(destination, SqliteOpenMode.ReadWrite).ToString());
        await copy.OpenAsync(cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(copy, "PRAGMA journal_mode = DELETE", cancellationToken).ConfigureAwait(false);
        int? version = await SchemaVersionAsync(copy, cancellationToken).ConfigureAwait(false);
        return version is int v and > 0
            ? (v, null)
            : (0, new(BackupProblemKind.StoreFailed, $"The SQLite database {Path.GetFullPath(path)} is not a Waymark store: it has no schema applied (no schema_migrations)."));
    }

    /// <summary>
    /// Checks that <paramref name="copy"/> (extracted from a backup) is a sound SQLite database at
    /// <paramref name="manifest"/>'s schema version, then restores it into the store at <paramref name="location"/>,
    /// which must be empty unless <paramref name="replace"/>.
    /// </summary>
    public static async Task<BackupProblem?> RestoreAsync(DatabaseLocation location, string copy, BackupManifest manifest, string backupName, bool replace, CancellationToken cancellationToken)
    {
        await using var from = new SqliteConnection(Builder(copy, SqliteOpenMode.ReadOnly).ToString());
        await from.OpenAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            string check = await ScalarTextAsync(from, "PRAGMA quick_check", cancellationToken).ConfigureAwait(false);
            int? version = await SchemaVersionAsync(from, cancellationToken).ConfigureAwait(false);
            if (check != "ok" || version != manifest.SchemaVersion)
            {
                return new(BackupProblemKind.Damaged, $"{backupName} is damaged: its database {(check == "ok" ? $"is at schema version {version?.ToString(CultureInfo.InvariantCulture) ?? "none"}, not {manifest.SchemaVersion} as its manifest says" : "fails SQLite's check: " + check)}. Nothing was restored.");
            }
        }
        catch (SqliteException e)
        {
            return new(BackupProblemKind.Damaged, $"{backupName} is damaged: its {manifest.DataFile} is not a SQLite database SQLite can read ({e.Message}). Nothing was restored.");
        }

        string path = DataSource(location);
        string store = $"SQLite database {Path.GetFullPath(path)}";
        if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } folder && !Directory.Exists(folder))
        {
            return new(BackupProblemKind.StoreFailed, $"There is no folder {folder} for the {store}.");
        }

        await using var to = new SqliteConnection(Builder(path, SqliteOpenMode.ReadWriteCreate).ToString());
        await to.OpenAsync(cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(to, $"PRAGMA busy_timeout = {(int)SqliteConnectionSetup.BusyTimeout.TotalMilliseconds}", cancellationToken).ConfigureAwait(false);
        IReadOnlyList<(string Table, long Rows)> held = await StoreContents.TablesWithRowsAsync(to, DatabaseProvider.Sqlite, cancellationToken).ConfigureAwait(false);
        if (held.Count > 0 && !replace)
        {
            return StoreContents.NotEmpty(store, held);
        }

        from.BackupDatabase(to);
        return null;
    }

    private static string DataSource(DatabaseLocation location) => new SqliteConnectionStringBuilder(location.ConnectionString).DataSource;

    private static SqliteConnectionStringBuilder Builder(string path, SqliteOpenMode mode) => new() { DataSource = path, Mode = mode, Pooling = false };

    private static async Task<int?> SchemaVersionAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        string tables = await ScalarTextAsync(connection, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'", cancellationToken).ConfigureAwait(false);
        return tables == "0"
            ? null
            : int.Parse(await ScalarTextAsync(connection, "SELECT COALESCE(MAX(version), 0) FROM schema_migrations", cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
    }

    private static async Task<string> ScalarTextAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using SqliteCommand command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture) ?? string.Empty;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using SqliteCommand command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
