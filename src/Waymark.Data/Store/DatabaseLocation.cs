using System.Diagnostics.CodeAnalysis;

using Microsoft.Data.Sqlite;

using Npgsql;

namespace Waymark.Data.Store;

/// <summary>
/// Which database to use, as written on the command line or in <c>WAYMARK_DATABASE</c>:
/// <c>sqlite:PATH</c> (the default is <c>sqlite:waymark.db</c>) or <c>postgres:CONNECTION STRING</c>
/// (an Npgsql connection string such as <c>Host=127.0.0.1;Port=5432;Database=waymark;Username=waymark</c>).
/// </summary>
public sealed record DatabaseLocation(DatabaseProvider Provider, string ConnectionString)
{
    /// <summary>The variable read when no <c>--database</c> is given.</summary>
    public const string EnvironmentVariable = "WAYMARK_DATABASE";

    /// <summary><c>sqlite:waymark.db</c>.</summary>
    public static DatabaseLocation Default { get; } = Sqlite("waymark.db");

    /// <summary>A SQLite database in the file at <paramref name="path"/>.</summary>
    public static DatabaseLocation Sqlite(string path) =>
        new(DatabaseProvider.Sqlite, new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());

    /// <summary>Reads <c>sqlite:PATH</c> or <c>postgres:CONNECTION STRING</c>.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out DatabaseLocation? location, [NotNullWhen(false)] out string? error)
    {
        location = null;
        error = null;
        string value = text?.Trim() ?? string.Empty;
        int colon = value.IndexOf(':', StringComparison.Ordinal);
        string scheme = colon < 0 ? string.Empty : value[..colon].ToLowerInvariant();
        string rest = colon < 0 ? string.Empty : value[(colon + 1)..].Trim();
        switch (scheme)
        {
            case "sqlite" when rest.Length > 0:
                location = Sqlite(rest);
                return true;
            case "postgres" or "postgresql" when rest.Length > 0:
                try
                {
                    location = new(DatabaseProvider.Postgres, new NpgsqlConnectionStringBuilder(rest).ToString());
                    return true;
                }
                catch (ArgumentException e)
                {
                    error = $"'{rest}' is not a PostgreSQL connection string: {e.Message}";
                    return false;
                }

            default:
                error = $"'{value}' is not a database: use sqlite:PATH (such as sqlite:waymark.db) or postgres:CONNECTION STRING (such as postgres:Host=127.0.0.1;Database=waymark;Username=waymark)";
                return false;
        }
    }

    /// <summary>The location given, or <c>WAYMARK_DATABASE</c>, or <see cref="Default"/>.</summary>
    public static bool TryResolve(string? option, [NotNullWhen(true)] out DatabaseLocation? location, [NotNullWhen(false)] out string? error)
    {
        string? text = option ?? Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (string.IsNullOrWhiteSpace(text))
        {
            location = Default;
            error = null;
            return true;
        }

        return TryParse(text, out location, out error);
    }

    /// <summary>Where the data is, without any password, for messages.</summary>
    public string Describe() => Provider switch
    {
        DatabaseProvider.Sqlite => "SQLite database " + new SqliteConnectionStringBuilder(ConnectionString).DataSource,
        _ => DescribePostgres(),
    };

    private string DescribePostgres()
    {
        var builder = new NpgsqlConnectionStringBuilder(ConnectionString);
        return $"PostgreSQL database {builder.Database} on {builder.Host}:{builder.Port}";
    }
}
