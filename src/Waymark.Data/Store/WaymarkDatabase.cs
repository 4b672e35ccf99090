using Microsoft.EntityFrameworkCore;

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
}
