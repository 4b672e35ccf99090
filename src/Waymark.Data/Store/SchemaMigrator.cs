using System.Data.Common;
using System.Globalization;
using System.Reflection;

using Microsoft.EntityFrameworkCore;

namespace Waymark.Data.Store;

/// <summary>
/// Brings a database's schema up to date with the numbered scripts under <c>Schema/sqlite</c> and
/// <c>Schema/postgres</c> (<c>0001_name.sql</c>, <c>0002_name.sql</c>, ...). Each script runs once, in its own
/// transaction, and is recorded in <c>schema_migrations</c>; a script never changes once released, so a database
/// that holds data is upgraded by the scripts after its version and loses nothing.
/// </summary>
public static class SchemaMigrator
{
    /// <summary>The scripts for a provider, in order.</summary>
    public static IReadOnlyList<SchemaScript> Scripts(DatabaseProvider provider)
    {
        string folder = provider == DatabaseProvider.Sqlite ? ".Schema.sqlite." : ".Schema.postgres.";
        Assembly assembly = typeof(SchemaMigrator).Assembly;
        var scripts = new List<SchemaScript>();
        foreach (string resource in assembly.GetManifestResourceNames().Where(n => n.Contains(folder, StringComparison.Ordinal)))
        {
            string file = resource[(resource.IndexOf(folder, StringComparison.Ordinal) + folder.Length)..];
            int version = int.Parse(file.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture);
            using Stream stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            scripts.Add(new SchemaScript(version, Path.GetFileNameWithoutExtension(file)[5..], reader.ReadToEnd()));
        }

        return [.. scripts.OrderBy(s => s.Version)];
    }

    /// <summary>The version the scripts for a provider bring a database to, read from their names alone.</summary>
    public static int LatestVersion(DatabaseProvider provider)
    {
        string folder = provider == DatabaseProvider.Sqlite ? ".Schema.sqlite." : ".Schema.postgres.";
        return typeof(SchemaMigrator).Assembly.GetManifestResourceNames()
            .Where(n => n.Contains(folder, StringComparison.Ordinal))
            .Max(n => int.Parse(n.AsSpan(n.IndexOf(folder, StringComparison.Ordinal) + folder.Length, 4), NumberStyles.None, CultureInfo.InvariantCulture));
    }

    /// <summary>The schema version of the database: 0 when it has none.</summary>
    public static async Task<int> CurrentVersionAsync(WaymarkDb db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await CurrentVersionAsync(db.Database.GetDbConnection(), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await db.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
    }

    /// <summary>The schema version of the database on an open connection: 0 when it has none.</summary>
    public static async Task<int> CurrentVersionAsync(DbConnection connection, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await EnsureTableAsync(connection, cancellationToken).ConfigureAwait(false);
        await using DbCommand command = connection.CreateCommand();
        command.CommandText = "SELECT COALESCE(MAX(version), 0) FROM schema_migrations";
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Applies every script after the database's version, up to <paramref name="toVersion"/> (all when null).
    /// Returns the scripts applied.
    /// </summary>
    public static async Task<IReadOnlyList<SchemaScript>> MigrateAsync(WaymarkDb db, TimeProvider clock, int? toVersion = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(clock);
        DatabaseProvider provider = db.Database.IsNpgsql() ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite;
        int current = await CurrentVersionAsync(db, cancellationToken).ConfigureAwait(false);
        var applied = new List<SchemaScript>();
        DbConnection connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            foreach (SchemaScript script in Scripts(provider).Where(s => s.Version > current && (toVersion is null || s.Version <= toVersion)))
            {
                await using DbTransaction transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
                await using (DbCommand command = connection.CreateCommand())
                {
                    command.Transaction = transaction;
                    command.CommandText = script.Sql;
                    await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }

                await using (DbCommand record = connection.CreateCommand())
                {
                    record.Transaction = transaction;
                    record.CommandText = "INSERT INTO schema_migrations (version, name, applied_at) VALUES (@version, @name, @at)";
                    AddParameter(record, "@version", script.Version);
                    AddParameter(record, "@name", script.Name);
                    AddParameter(record, "@at", clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
                    await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }

                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                applied.Add(script);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync().ConfigureAwait(false);
        }

        return applied;
    }

    private static async Task EnsureTableAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using DbCommand command = connection.CreateCommand();
        command.CommandText = "CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at text NOT NULL)";
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static void AddParameter(DbCommand command, string name, object value)
    {
        DbParameter parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}

/// <summary>One numbered schema script.</summary>
/// <param name="Version">Its number.</param>
/// <param name="Name">What it does, from its file name.</param>
/// <param name="Sql">The statements.</param>
public sealed record SchemaScript(int Version, string Name, string Sql);
