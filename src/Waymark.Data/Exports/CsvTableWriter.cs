using System.Globalization;
using System.Text;

namespace Waymark.Data.Exports;

/// <summary>
/// Writes a table as CSV (RFC 4180): a header of the column names, then one line per row; a field is quoted when it
/// holds a comma, a double quote or a line break, with each double quote doubled; text that a spreadsheet would run
/// as a formula is neutralised (see <see cref="Field"/>). Numbers are written at their
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

    /// <summary>
    /// One field as Waymark writes it in every CSV file. A field a spreadsheet would run as a formula (one that starts
    /// with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return) is written with a single quote in front,
    /// and quoted, as OWASP recommends against CSV injection; a number, negative or not, is written as it is.
    /// </summary>
    public static string Field(string? field)
    {
        if (string.IsNullOrEmpty(field))
        {
            return string.Empty;
        }

        var buffer = new StringBuilder(field.Length + 4);
        AppendField(buffer, 0, field);
        return buffer.ToString();
    }

    private static void AppendField(StringBuilder buffer, int index, string field)
    {
        if (index > 0)
        {
            buffer.Append(',');
        }

        bool formula = field.Length > 0 && field[0] is '=' or '+' or '-' or '@' or '\t' or '\r' && !IsNumber(field);
        if (!formula && field.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            buffer.Append(field);
            return;
        }

        buffer.Append('"');
        if (formula)
        {
            buffer.Append('\'');
        }

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

    /// <summary>A plain invariant number such as <c>-16</c> or <c>-28.5</c>, which a spreadsheet reads as a number.</summary>
    private static bool IsNumber(string field) =>
        decimal.TryParse(field, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _);
}
