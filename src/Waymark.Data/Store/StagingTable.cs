using System.Data.Common;

using Microsoft.Data.Sqlite;

using Npgsql;

using NpgsqlTypes;

namespace Waymark.Data.Store;

/// <summary>
/// A temporary table that an import streams its good rows into, inside the import's transaction, before they are
/// merged into the real table in one statement. PostgreSQL fills it with binary COPY; SQLite with one prepared
/// insert reused for every row. It can also write straight into a real table (when that table is empty).
/// </summary>
internal sealed class StagingTable : IDisposable
{
    private readonly IReadOnlyList<StagingColumn> columns;
    private readonly NpgsqlBinaryImporter? copy;
    private readonly SqliteCommand? insert;

    private StagingTable(string name, IReadOnlyList<StagingColumn> columns, NpgsqlBinaryImporter? copy, SqliteCommand? insert)
    {
        Name = name;
        this.columns = columns;
        this.copy = copy;
        this.insert = insert;
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

        var command = (SqliteCommand)connection.CreateCommand();
        command.Transaction = (SqliteTransaction)transaction;
        command.CommandText = $"INSERT INTO {name} ({list}) VALUES ({string.Join(", ", columns.Select((_, i) => "$p" + i))})";
        for (int i = 0; i < columns.Count; i++)
        {
            command.Parameters.Add(new SqliteParameter("$p" + i, null));
        }

        command.Prepare();
        return new StagingTable(name, columns, null, command);
    }

    /// <summary>Adds one row, its values in column order (null for none).</summary>
    public void Add(ReadOnlySpan<object?> values)
    {
        if (copy is not null)
        {
            copy.StartRow();
            for (int i = 0; i < columns.Count; i++)
            {
                if (values[i] is null)
                {
                    copy.WriteNull();
                }
                else
                {
                    copy.Write(values[i], NpgsqlType(columns[i].Type));
                }
            }
        }
        else
        {
            for (int i = 0; i < columns.Count; i++)
            {
                insert!.Parameters[i].Value = values[i] ?? DBNull.Value;
            }

            insert!.ExecuteNonQuery();
        }

        Rows++;
    }

    /// <summary>Finishes writing, so the table can be read in the same transaction.</summary>
    public void Complete()
    {
        copy?.Complete();
        copy?.Dispose();
    }

    public void Dispose()
    {
        copy?.Dispose();
        insert?.Dispose();
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

    private static NpgsqlDbType NpgsqlType(StagingType type) => type switch
    {
        StagingType.Integer => NpgsqlDbType.Integer,
        StagingType.Text => NpgsqlDbType.Text,
        StagingType.Number => NpgsqlDbType.Numeric,
        StagingType.Date => NpgsqlDbType.Date,
        StagingType.Timestamp => NpgsqlDbType.TimestampTz,
        _ => NpgsqlDbType.Boolean,
    };
}
