using System.CommandLine;
using System.Data.Common;

using Microsoft.Data.Sqlite;

using Waymark.Data.Store;

namespace Waymark.Cli.Store;

/// <summary>
/// The <c>--database</c> option shared by every command that uses the store, and opening the store it names
/// (brought up to the current schema first).
/// </summary>
internal static class DatabaseOption
{
    public static Option<string?> Create() => new("--database")
    {
        Description = $"sqlite:PATH or postgres:CONNECTION STRING (default: ${DatabaseLocation.EnvironmentVariable}, else sqlite:waymark.db)",
    };

    /// <summary>
    /// Opens and migrates the store, or writes why it cannot and returns null. A command that only reads passes
    /// <paramref name="mustExist"/>, so that a mistyped SQLite path is reported rather than created empty.
    /// </summary>
    public static async Task<WaymarkDb?> OpenAsync(string? option, CliContext context, CancellationToken cancellationToken, bool mustExist = false)
    {
        DatabaseLocation? location = await ResolveAsync(option, context, mustExist).ConfigureAwait(false);
        return location is null ? null : await MigrateAsync(location, context, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Opens a plain connection to a store that must exist, for a command that only reads with a few queries: when the
    /// store's schema is current (one query says so), no model is built at all; an older store is brought up to date
    /// first. Writes why it cannot and returns null.
    /// </summary>
    public static async Task<DbConnection?> OpenConnectionAsync(string? option, CliContext context, CancellationToken cancellationToken)
    {
        DatabaseLocation? location = await ResolveAsync(option, context, mustExist: true).ConfigureAwait(false);
        if (location is null)
        {
            return null;
        }

        DbConnection? connection = null;
        try
        {
            connection = await WaymarkDatabase.OpenConnectionAsync(location, cancellationToken).ConfigureAwait(false);
            if (await SchemaMigrator.CurrentVersionAsync(connection, cancellationToken).ConfigureAwait(false) < SchemaMigrator.LatestVersion(location.Provider))
            {
                await using WaymarkDb? db = await MigrateAsync(location, context, cancellationToken).ConfigureAwait(false);
                if (db is null)
                {
                    await connection.DisposeAsync().ConfigureAwait(false);
                    return null;
                }
            }

            return connection;
        }
        catch (DbException e)
        {
            if (connection is not null)
            {
                await connection.DisposeAsync().ConfigureAwait(false);
            }

            await context.Error.WriteLineAsync($"Cannot open the {location.Describe()}: {e.Message}").ConfigureAwait(false);
            return null;
        }
    }

    private static async Task<DatabaseLocation?> ResolveAsync(string? option, CliContext context, bool mustExist)
    {
        if (!DatabaseLocation.TryResolve(option, out DatabaseLocation? location, out string? error))
        {
            await context.Error.WriteLineAsync($"--database: {error}").ConfigureAwait(false);
            return null;
        }

        if (mustExist && location.Provider == DatabaseProvider.Sqlite
            && new SqliteConnectionStringBuilder(location.ConnectionString).DataSource is { } path && !File.Exists(path))
        {
            await context.Error.WriteLineAsync($"--database: there is no SQLite database {Path.GetFullPath(path)}; fill one with waymark import first").ConfigureAwait(false);
            return null;
        }

        return location;
    }

    private static async Task<WaymarkDb?> MigrateAsync(DatabaseLocation location, CliContext context, CancellationToken cancellationToken)
    {
        WaymarkDb db = WaymarkDatabase.Open(location, context.Clock, context.Actor);
        try
        {
            await SchemaMigrator.MigrateAsync(db, context.Clock, cancellationToken: cancellationToken).ConfigureAwait(false);
            return db;
        }
        catch (Exception e) when (e is DbException or InvalidOperationException)
        {
            await db.DisposeAsync().ConfigureAwait(false);
            await context.Error.WriteLineAsync($"Cannot open the {location.Describe()}: {e.Message}").ConfigureAwait(false);
            return null;
        }
    }
}
