using System.Data.Common;

using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

using Npgsql;

namespace Waymark.Data.Store;

/// <summary>Opens the store of record at a <see cref="DatabaseLocation"/>.</summary>
public static class WaymarkDatabase
{
    /// <summary>The options for a context on <paramref name="location"/>.</summary>
    public static DbContextOptions<WaymarkDb> Options(DatabaseLocation location)
    {
        ArgumentNullException.ThrowIfNull(location);
        var builder = new DbContextOptionsBuilder<WaymarkDb>();
        _ = location.Provider switch
        {
            DatabaseProvider.Sqlite => builder.UseSqlite(location.ConnectionString).AddInterceptors(SqliteConnectionSetup.Instance),
            _ => builder.UseNpgsql(location.ConnectionString),
        };
        builder.AddInterceptors(StoreChanges.Interceptor);
        return builder.Options;
    }

    /// <summary>A context on <paramref name="location"/> whose changes are audited as made by <paramref name="actor"/>.</summary>
    public static WaymarkDb Open(DatabaseLocation location, TimeProvider clock, string actor) => new(Options(location), clock, actor);

    /// <summary>
    /// An open connection to the store at <paramref name="location"/> with no context: for a command that answers a
    /// question with a few plain queries and should not pay for building the whole model first. A SQLite connection is
    /// set up as a context's is.
    /// </summary>
    public static async Task<DbConnection> OpenConnectionAsync(DatabaseLocation location, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(location);
        DbConnection connection = location.Provider == DatabaseProvider.Sqlite
            ? new SqliteConnection(location.ConnectionString)
            : new NpgsqlConnection(location.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            if (connection is SqliteConnection sqlite)
            {
                await SqliteConnectionSetup.PrepareAsync(sqlite, cancellationToken).ConfigureAwait(false);
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
