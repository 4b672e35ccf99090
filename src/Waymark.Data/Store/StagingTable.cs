using System.Data.Common;

using Microsoft.Data.Sqlite;

using Npgsql;

using NpgsqlTypes;

namespace Waymark.Data.Store;

/// <summary>
/// A temporary table that an import streams its good rows into, inside the import's transaction, before they are
/// merged into the real table in one statement. PostgreSQL fills it with binary COPY, each value written as its
/// column's type; SQLite with one prepared insert reused for every row. The rows are written by a thread of their
/// own (<see cref="BackgroundRows"/>) while the caller reads on. It can also write straight into a real table
/// (when that table is empty).
/// </summary>
internal sealed class StagingTable : IDisposable
{
    private readonly IReadOnlyList<StagingColumn> columns;
    private readonly NpgsqlBinaryImporter? copy;
    private readonly SqliteRowInsert? insert;
    private readonly BackgroundRows background;

    private StagingTable(string name, IReadOnlyList<StagingColumn> columns, NpgsqlBinaryImporter? copy, SqliteRowInsert? insert)
    {
        Name = name;
        this.columns = columns;
        this.copy = copy;
        this.insert = insert;
        background = new BackgroundRows(columns.Count, Write);
    }

    public string Name { get; }

    public long Rows { get; private set; }

    /// <summary>Creates a temporary table <paramref name="name"/> and opens it for rows.</summary>
    public static StagingTable CreateTemporary(DbConnection connection, DbTransaction transaction, string name, IReadOnlyList<StagingColumn> columns)
    {
        bool postgres = connection is NpgsqlConnection;
        string definitions = string.Join(", ", columns.Select(c => $"{c.Name} {SqlType(c.Type, postgres)}"));
        using (DbCommand create = connection.CreateCommand())
        {
            create.Transaction = transaction;
            create.CommandText = postgres
                ? $"CREATE TEMPORARY TABLE {name} ({definitions}) ON COMMIT DROP"
                : $"DROP TABLE IF EXISTS temp.{name}; CREATE TEMPORARY TABLE {name} ({definitions})";
            create.ExecuteNonQuery();
        }

        return Open(connection, transaction, name, columns);
    }

    /// <summary>Opens an existing table for rows.</summary>
    public static StagingTable Open(DbConnection connection, DbTransaction transaction, string name, IReadOnlyList<StagingColumn> columns)
    {
        string list = string.Join(", ", columns.Select(c => c.Name));
        if (connection is NpgsqlConnection npgsql)
        {
            return new StagingTable(name, columns, npgsql.BeginBinaryImport($"COPY {name} ({list}) FROM STDIN (FORMAT BINARY)"), null);
        }

        string sql = $"INSERT INTO {name} ({list}) VALUES ({string.Join(", ", columns.Select((_, i) => "?" + (i + 1)))})";
        return new StagingTable(name, columns, null, new SqliteRowInsert((SqliteConnection)connection, sql, columns));
    }

    /// <summary>Adds one row, its values in column order (null for none).</summary>
    public void Add(ReadOnlySpan<object?> values)
    {
        background.Add(values);
        Rows++;
    }

    /// <summary>Finishes writing, so the table can be read in the same transaction.</summary>
    public void Complete()
    {
        background.Complete();
        copy?.Complete();
        copy?.Dispose();
    }

    public void Dispose()
    {
        background.Dispose();
        copy?.Dispose();
        insert?.Dispose();
    }

    private void Write(object?[] values, int start)
    {
        if (copy is not null)
        {
            copy.StartRow();
            for (int i = 0; i < columns.Count; i++)
            {
                Write(copy, columns[i].Type, values[start + i]);
            }
        }
        else
        {
            insert!.Add(values.AsSpan(start, columns.Count));
        }
    }

    private static string SqlType(StagingType type, bool postgres) => (type, postgres) switch
    {
        (StagingType.Integer, true) => "integer",
        (StagingType.Text, true) => "text",
        (StagingType.Number, true) => "numeric",
        (StagingType.Date, true) => "date",
        (StagingType.Boolean, true) => "boolean",
        (StagingType.Timestamp, true) => "timestamp with time zone",
        (StagingType.Integer or StagingType.Boolean, false) => "INTEGER",
        _ => "TEXT",
    };

    private static void Write(NpgsqlBinaryImporter copy, StagingType type, object? value)
    {
        switch (value)
        {
            case null:
                copy.WriteNull();
                break;
            case int number when type == StagingType.Integer:
                copy.Write(number, NpgsqlDbType.Integer);
                break;
            case string text when type == StagingType.Text:
                copy.Write(text, NpgsqlDbType.Text);
                break;
            case decimal number when type == StagingType.Number:
                copy.Write(number, NpgsqlDbType.Numeric);
                break;
            case DateOnly date when type == StagingType.Date:
                copy.Write(date, NpgsqlDbType.Date);
                break;
            case bool flag when type == StagingType.Boolean:
                copy.Write(flag, NpgsqlDbType.Boolean);
                break;
            case DateTimeOffset at when type == StagingType.Timestamp:
                copy.Write(at, NpgsqlDbType.TimestampTz);
                break;
            default:
                throw new ArgumentException($"A {type} column cannot hold a {value.GetType().Name}.", nameof(value));
        }
    }
}
