using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Waymark.Data.Exports;

/// <summary>
/// Writes a table as a JSON array with one object per row, named by the columns. Numbers are JSON numbers that keep
/// their decimals (<c>80.0</c>), dates are strings (<c>"2010-10-01"</c>) and nothing is <c>null</c>.
/// </summary>
public static class JsonTableWriter
{
    private const int FlushAt = 1 << 15;

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,

        // The output is a file or a pipe, never a web page, so apostrophes and accents are written as themselves.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes <paramref name="table"/> to <paramref name="writer"/> and returns how many rows it wrote.</summary>
    public static async Task<long> WriteAsync(ExportTable table, TextWriter writer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(writer);
        JsonEncodedText[] names = [.. table.Columns.Select(c => JsonEncodedText.Encode(c.Name, Options.Encoder))];
        using var buffer = new MemoryStream(FlushAt * 2);
        long rows = 0;
        await using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartArray();
            await foreach (IReadOnlyList<ExportCell> row in table.Rows.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                table.CheckRow(row, ++rows);
                json.WriteStartObject();
                for (int i = 0; i < row.Count; i++)
                {
                    WriteCell(json, names[i], row[i]);
                }

                json.WriteEndObject();
                if (json.BytesPending + buffer.Length >= FlushAt)
                {
                    await json.FlushAsync(cancellationToken).ConfigureAwait(false);
                    await DrainAsync(buffer, writer, cancellationToken).ConfigureAwait(false);
                }
            }

            json.WriteEndArray();
        }

        await DrainAsync(buffer, writer, cancellationToken).ConfigureAwait(false);
        await writer.WriteAsync('\n').ConfigureAwait(false);
        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        return rows;
    }

    private static void WriteCell(Utf8JsonWriter json, JsonEncodedText name, ExportCell cell)
    {
        switch (cell.Kind)
        {
            case ExportCellKind.Text:
                json.WriteString(name, cell.Text);
                break;
            case ExportCellKind.Number:
                // The invariant text keeps the decimals (80.0), which a JSON number may carry.
                json.WritePropertyName(name);
                json.WriteRawValue(cell.Number.ToString(CultureInfo.InvariantCulture), skipInputValidation: true);
                break;
            case ExportCellKind.Date:
                json.WriteString(name, cell.ToString());
                break;
            default:
                json.WriteNull(name);
                break;
        }
    }

    // The writer flushes only between rows, so the buffer always ends on a whole character.
    private static async Task DrainAsync(MemoryStream buffer, TextWriter writer, CancellationToken cancellationToken)
    {
        if (buffer.Length == 0)
        {
            return;
        }

        await writer.WriteAsync(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length).AsMemory(), cancellationToken).ConfigureAwait(false);
        buffer.SetLength(0);
    }
}
