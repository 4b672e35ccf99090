using System.Collections;
using System.Data.Common;
using System.Globalization;

using Microsoft.Data.Sqlite;

using Npgsql;

using Waymark.Data.Store;

namespace Waymark.Cli.Tests;

/// <summary>Every row of every table of a store, read without the model, each value written out invariantly.</summary>
internal static class StoreTables
{
    /// <summary>The store's tables by name (none when a SQLite file does not exist), each with its rows in order.</summary>
    public static async Task<SortedDictionary<string, StoredTable>> ReadAsync(string database)
    {
        DatabaseLocation location = DatabaseLocation.TryParse(database, out DatabaseLocation? parsed, out string? error) ? parsed : throw new InvalidOperationException(error);
        var tables = new SortedDictionary<string, StoredTable>(StringComparer.Ordinal);
        DbConnection connection;
        string listing;
        if (location.Provider == DatabaseProvider.Sqlite)
        {
            string path = new SqliteConnectionStringBuilder(location.ConnectionString).DataSource;
            if (!File.Exists(path))
            {
                return tables;
            }

            connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            listing = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'";
        }
        else
        {
            connection = new NpgsqlConnection(location.ConnectionString);
            listing = "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'";
        }

        await using (connection)
        {
            await connection.OpenAsync();
            var names = new List<string>();
            await using (DbCommand list = connection.CreateCommand())
            {
                list.CommandText = listing;
                await using DbDataReader reader = await list.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    names.Add(reader.GetString(0));
                }
            }

            foreach (string name in names)
            {
                await using DbCommand select = connection.CreateCommand();
                select.CommandText = $"SELECT * FROM \"{name}\"";
                await using DbDataReader reader = await select.ExecuteReaderAsync();
                string[] columns = [.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetName)];
                var rows = new List<string[]>();
                while (await reader.ReadAsync())
                {
                    rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(i => Text(reader.GetValue(i)))]);
                }

                rows.Sort((a, b) => string.CompareOrdinal(string.Join('\u001f', a), string.Join('\u001f', b)));
                tables.Add(name, new StoredTable(name, columns, rows));
            }
        }

        return tables;
    }

    private static string Text(object value) => value switch
    {
        DBNull => "(null)",
        byte[] bytes => "0x" + Convert.ToHexString(bytes),
        DateTime time => time.ToString("O", CultureInfo.InvariantCulture),
        DateTimeOffset time => time.ToString("O", CultureInfo.InvariantCulture),
        string text => "'" + text + "'",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable items => "[" + string.Join(',', items.Cast<object>().Select(Text)) + "]",
        _ => value.ToString() ?? string.Empty,
    };
}
