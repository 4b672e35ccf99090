using Waymark.Data.Breakdowns;
using Waymark.Data.Exports;

namespace Waymark.Cli.Gaps;

/// <summary>The gaps as a table for people: a title line, then the CSV's columns lined up, figures on the right.</summary>
internal static class GapsTable
{
    public static async Task WriteAsync(TextWriter output, StoredGaps gaps, ExportTable table, CancellationToken cancellationToken)
    {
        var rows = new List<(string Text, bool Number)[]>();
        await foreach (IReadOnlyList<ExportCell> row in table.Rows.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            rows.Add([.. row.Select(c => (c.ToString(), c.Kind == ExportCellKind.Number))]);
        }

        int[] widths = [.. table.Columns.Select((c, i) => Math.Max(c.Name.Length, rows.Count == 0 ? 0 : rows.Max(r => r[i].Text.Length)))];
        await output.WriteLineAsync($"{gaps.Measure.Code} in {gaps.Area.Name}, {gaps.Period}: {gaps.Measure.Definition.Title}").ConfigureAwait(false);
        await output.WriteLineAsync(string.Join("  ", table.Columns.Select((c, i) => c.Name.PadRight(widths[i]))).TrimEnd()).ConfigureAwait(false);
        foreach ((string Text, bool Number)[] row in rows)
        {
            await output.WriteLineAsync(string.Join("  ", row.Select((c, i) => c.Number ? c.Text.PadLeft(widths[i]) : c.Text.PadRight(widths[i]))).TrimEnd()).ConfigureAwait(false);
        }
    }
}
