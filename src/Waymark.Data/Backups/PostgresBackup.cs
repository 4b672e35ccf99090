using System.Data;
using System.Globalization;
using System.Text;

using Npgsql;

using Waymark.Data.Store;

namespace Waymark.Data.Backups;

/// <summary>
/// A PostgreSQL store copied by <c>pg_dump</c> into its custom archive format, from a snapshot that Waymark opens
/// and reads the schema version in, so the version recorded is the one of the data dumped however busy the store is;
/// and restored by <c>pg_restore</c> and <c>psql</c> in one transaction, so the store ends with all of the backup or
/// is left as it was.
/// </summary>
internal static class PostgresBackup
{
    /// <summary>Dumps the store at <paramref name="location"/> to <paramref name="destination"/> and returns the dump's schema version.</summary>
    public static async Task<(int SchemaVersion, BackupProblem? Problem)> DumpAsync(DatabaseLocation location, string destination, CancellationToken cancellationToken)
    {
        string? pgDump = PostgresTools.Find("pg_dump");
        if (pgDump is null)
        {
            return (0, PostgresTools.Missing("pg_dump"));
        }

        await using var connection = new NpgsqlConnection(location.ConnectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using NpgsqlTransaction transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken).ConfigureAwait(false);
        string snapshot = (string)(await ScalarAsync(connection, "SELECT pg_export_snapshot()", cancellationToken).ConfigureAwait(false))!;
        int version = await ScalarAsync(connection, "SELECT to_regclass('schema_migrations') IS NOT NULL", cancellationToken).ConfigureAwait(false) is true
            ? Convert.ToInt32(await ScalarAsync(connection, "SELECT COALESCE(MAX(version), 0) FROM schema_migrations", cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture)
            : 0;
        if (version == 0)
        {
            return (0, new(BackupProblemKind.StoreFailed, $"The {location.Describe()} is not a Waymark store: it has no schema applied (no schema_migrations)."));
        }

        (int exit, string error) = await PostgresTools.RunAsync(
            pgDump,
            ["--format=custom", "--no-password", "--snapshot=" + snapshot, "--file=" + destination],
            location.ConnectionString,
            cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return exit == 0
            ? (version, null)
            : (0, new(BackupProblemKind.StoreFailed, $"pg_dump could not back up the {location.Describe()} (exit code {exit}): {error}"));
    }

    /// <summary>
    /// Checks that <paramref name="dump"/> (extracted from a backup) is an archive <c>pg_restore</c> reads, then
    /// restores it into the store at <paramref name="location"/>, which must be empty unless <paramref name="replace"/>:
    /// every table already in the store's schema is dropped and the backup's created, in one transaction.
    /// </summary>
    public static async Task<BackupProblem?> RestoreAsync(DatabaseLocation location, string dump, string backupName, bool replace, string workFolder, CancellationToken cancellationToken)
    {
        string? pgRestore = PostgresTools.Find("pg_restore");
        string? psql = PostgresTools.Find("psql");
        if (pgRestore is null || psql is null)
        {
            return PostgresTools.Missing(pgRestore is null ? "pg_restore" : "psql");
        }

        string script = Path.Combine(workFolder, "restore.sql");
        (int readExit, string readError) = await PostgresTools.RunAsync(
            pgRestore,
            ["--no-owner", "--no-privileges", "--file=" + script, dump],
            null,
            cancellationToken).ConfigureAwait(false);
        if (readExit != 0)
        {
            return new(BackupProblemKind.Damaged, $"{backupName} is damaged: pg_restore cannot read its dump ({readError}). Nothing was restored.");
        }

        var drop = new StringBuilder();
        await using (var connection = new NpgsqlConnection(location.ConnectionString))
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            IReadOnlyList<(string Table, long Rows)> held = await StoreContents.TablesWithRowsAsync(connection, DatabaseProvider.Postgres, cancellationToken).ConfigureAwait(false);
            if (held.Count > 0 && !replace)
            {
                return StoreContents.NotEmpty(location.Describe(), held);
            }

            await using NpgsqlCommand tables = connection.CreateCommand();
            tables.CommandText = "SELECT quote_ident(table_schema) || '.' || quote_ident(table_name) FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name";
            await using NpgsqlDataReader reader = await tables.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                drop.Append(CultureInfo.InvariantCulture, $"DROP TABLE {reader.GetString(0)} CASCADE;\n");
            }
        }

        string prelude = Path.Combine(workFolder, "drop.sql");
        await File.WriteAllTextAsync(prelude, drop.ToString(), cancellationToken).ConfigureAwait(false);
        (int exit, string error) = await PostgresTools.RunAsync(
            psql,
            ["--no-psqlrc", "--quiet", "--no-password", "--set=ON_ERROR_STOP=1", "--single-transaction", "--file=" + prelude, "--file=" + script],
            location.ConnectionString,
            cancellationToken).ConfigureAwait(false);
        return exit == 0
            ? null
            : new(BackupProblemKind.StoreFailed, $"The {location.Describe()} did not take the backup, and is as it was (psql exit code {exit}): {error}");
    }

    private static async Task<object?> ScalarAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using NpgsqlCommand command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
    }
}
