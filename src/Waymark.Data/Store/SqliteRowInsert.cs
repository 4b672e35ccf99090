using System.Globalization;
using System.Text;

using Microsoft.Data.Sqlite;

using SQLitePCL;

namespace Waymark.Data.Store;

/// <summary>
/// One prepared SQLite insert run for every row of a bulk load, its values bound by position and as UTF-8 text
/// written into reused buffers, in the same forms as Microsoft.Data.Sqlite writes them (so that the rows read
/// back through EF Core and compare equal to rows it wrote). A value that is the same object as the row before's
/// (the import's time stamp, its actor, a period) is not written again.
/// </summary>
internal sealed class SqliteRowInsert : IDisposable
{
    private const string DecimalFormat = "0.0###########################";
    private const string DateFormat = @"yyyy\-MM\-dd";
    private const string TimestampFormat = @"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFFzzz";

    private readonly sqlite3 connection;
    private readonly sqlite3_stmt statement;
    private readonly IReadOnlyList<StagingColumn> columns;
    private readonly object?[] lastValues;
    private readonly byte[][] texts;
    private readonly int[] textLengths;

    public SqliteRowInsert(SqliteConnection connection, string sql, IReadOnlyList<StagingColumn> columns)
    {
        ArgumentNullException.ThrowIfNull(connection);
        this.connection = connection.Handle ?? throw new InvalidOperationException("The SQLite connection is not open.");
        Check(raw.sqlite3_prepare_v2(this.connection, sql, out statement));
        this.columns = columns;
        lastValues = new object?[columns.Count];
        texts = [.. columns.Select(_ => new byte[64])];
        textLengths = new int[columns.Count];
    }

    public void Add(ReadOnlySpan<object?> values)
    {
        for (int i = 0; i < columns.Count; i++)
        {
            Bind(i, values[i]);
        }

        int result = raw.sqlite3_step(statement);
        raw.sqlite3_reset(statement);
        if (result != raw.SQLITE_DONE)
        {
            Check(result);
        }
    }

    public void Dispose() => statement.Dispose();

    private void Bind(int i, object? value)
    {
        int position = i + 1;
        switch (value)
        {
            case null:
                Check(raw.sqlite3_bind_null(statement, position));
                return;
            case int number:
                Check(raw.sqlite3_bind_int64(statement, position, number));
                return;
            case long number:
                Check(raw.sqlite3_bind_int64(statement, position, number));
                return;
            case bool flag:
                Check(raw.sqlite3_bind_int64(statement, position, flag ? 1 : 0));
                return;
        }

        if (!ReferenceEquals(value, lastValues[i]))
        {
            textLengths[i] = Write(ref texts[i], value);
            lastValues[i] = value;
        }

        Check(raw.sqlite3_bind_text(statement, position, texts[i].AsSpan(0, textLengths[i])));
    }

    private static int Write(ref byte[] buffer, object value)
    {
        while (true)
        {
            int written;
            bool fitted = value switch
            {
                string text => TryEncode(text, buffer, out written),
                decimal number => number.TryFormat(buffer, out written, DecimalFormat, CultureInfo.InvariantCulture),
                DateOnly date => date.TryFormat(buffer, out written, DateFormat, CultureInfo.InvariantCulture),
                DateTimeOffset at => at.TryFormat(buffer, out written, TimestampFormat, CultureInfo.InvariantCulture),
                _ => throw new ArgumentException($"A staging table cannot hold a {value.GetType().Name}.", nameof(value)),
            };
            if (fitted)
            {
                return written;
            }

            buffer = new byte[buffer.Length * 2];
        }
    }

    private static bool TryEncode(string text, byte[] buffer, out int written)
    {
        if (Encoding.UTF8.GetMaxByteCount(text.Length) <= buffer.Length || Encoding.UTF8.GetByteCount(text) <= buffer.Length)
        {
            written = Encoding.UTF8.GetBytes(text, buffer);
            return true;
        }

        written = 0;
        return false;
    }

    private void Check(int result)
    {
        if (result != raw.SQLITE_OK)
        {
            throw new SqliteException(raw.sqlite3_errmsg(connection).utf8_to_string(), result, raw.sqlite3_extended_errcode(connection));
        }
    }
}
