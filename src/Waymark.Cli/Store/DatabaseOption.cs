using System.CommandLine;

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

        WaymarkDb db = WaymarkDatabase.Open(location, context.Clock, context.Actor);
        try
        {
            await SchemaMigrator.MigrateAsync(db, context.Clock, cancellationToken: cancellationToken).ConfigureAwait(false);
            return db;
        }
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException)
        {
            await db.DisposeAsync().ConfigureAwait(false);
            await context.Error.WriteLineAsync($"Cannot open the {location.Describe()}: {e.Message}").ConfigureAwait(false);
            return null;
        }
    }
}
