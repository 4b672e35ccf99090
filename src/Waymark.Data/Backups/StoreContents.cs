using System.Data.Common;
using System.Globalization;

using Waymark.Data.Store;

namespace Waymark.Data.Backups;

/// <summary>What a store holds, table by table: used to refuse restoring over data.</summary>
internal static class StoreContents
{
    /// <summary>
    /// The tables of the store on <paramref name="connection"/> (open) that hold rows, with how many, largest first.
    /// The schema's own record, <c>schema_migrations</c>, does not count: a store with the schema and no data is empty.
    /// </summary>
    public static async Task<IReadOnlyList<(string Table, long Rows)>> TablesWithRowsAsync(DbConnection connection, DatabaseProvider provider, CancellationToken cancellationToken)
    {
        var tables = new List<string>();
        await using (DbCommand list = connection.CreateCommand())
        {
            list.CommandText = provider == DatabaseProvider.Sqlite
                ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name"
                : "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name";
            await using DbDataReader reader = await list.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                tables.Add(reader.GetString(0));
            }
        }

        var counts = new List<(string, long)>();
        foreach (string table in tables.Where(t => t != "schema_migrations"))
        {
            await using DbCommand count = connection.CreateCommand();
            count.CommandText = $"SELECT COUNT(*) FROM \"{table.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
            long rows = Convert.ToInt64(await count.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
            if (rows > 0)
            {
                counts.Add((table, rows));
            }
        }

        return [.. counts.OrderByDescending(c => c.Item2).ThenBy(c => c.Item1, StringComparer.Ordinal)];
    }

    /// <summary>The refusal to restore over <paramref name="tables"/>, naming the largest.</summary>
    public static BackupProblem NotEmpty(string store, IReadOnlyList<(string Table, long Rows)> tables)
    {
        string largest = string.Join(", ", tables.Take(3).Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Table}: {t.Rows:N0} {(t.Rows == 1 ? "row" : "rows")}")));
        string more = tables.Count > 3 ? $", and {tables.Count - 3} more {(tables.Count == 4 ? "table" : "tables")}" : string.Empty;
        return new(
            BackupProblemKind.StoreNotEmpty,
            $"The {store} already holds data ({largest}{more}): nothing was restored. Restore into an empty store, or give --replace to replace everything in it with the backup.");
    }
}
