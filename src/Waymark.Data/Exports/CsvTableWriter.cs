using System.Text;

namespace Waymark.Data.Exports;

/// <summary>
/// Writes a table as CSV (RFC 4180): a header of the column names, then one line per row; a field is quoted when it
/// holds a comma, a double quote or a line break, with each double quote doubled. Numbers are written at their
/// decimals in the invariant culture (<c>80.0</c>), dates as <c>2010-10-01</c>, nothing as an empty field. Lines
/// end with <c>\n</c>. The encoding is the writer's; files should be UTF-8 without a byte order mark.
/// </summary>
public static class CsvTableWriter
{
    private const int FlushAt = 1 << 15;

    /// <summary>Writes <paramref name="table"/> to <paramref name="writer"/> and returns how many rows it wrote.</summary>
    public static async Task<long> WriteAsync(ExportTable table, TextWriter writer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(writer);
        var buffer = new StringBuilder(FlushAt + 1024);
        for (int i = 0; i < table.Columns.Count; i++)
        {
            AppendField(buffer, i, table.Columns[i].Name);
        }

        buffer.Append('\n');
        long rows = 0;
        await foreach (IReadOnlyList<ExportCell> row in table.Rows.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            table.CheckRow(row, ++rows);
            for (int i = 0; i < row.Count; i++)
            {
                AppendField(buffer, i, row[i].ToString());
            }

            buffer.Append('\n');
            if (buffer.Length >= FlushAt)
            {
                await writer.WriteAsync(buffer, cancellationToken).ConfigureAwait(false);
                buffer.Clear();
            }
        }

        await writer.WriteAsync(buffer, cancellationToken).ConfigureAwait(false);
        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        return rows;
    }

    private static void AppendField(StringBuilder buffer, int index, string field)
    {
        if (index > 0)
        {
            buffer.Append(',');
        }

        if (field.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            buffer.Append(field);
            return;
        }

        buffer.Append('"');
        foreach (char c in field)
        {
            buffer.Append(c);
            if (c == '"')
            {
                buffer.Append('"');
            }
        }

        buffer.Append('"');
    }
}
