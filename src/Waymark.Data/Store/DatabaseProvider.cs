namespace Waymark.Data.Store;

/// <summary>The database engines Waymark runs on.</summary>
public enum DatabaseProvider
{
    /// <summary>SQLite, embedded: the default, needing nothing installed.</summary>
    Sqlite = 0,

    /// <summary>PostgreSQL: the production database.</summary>
    Postgres = 1,
}
