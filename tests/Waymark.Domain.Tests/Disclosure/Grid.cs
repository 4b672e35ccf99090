using System.Globalization;
using Waymark.Disclosure;

namespace Waymark.Domain.Tests.Disclosure;

/// <summary>
/// A table of counts written as people read it: one line per row, cells separated by spaces, the row's total after
/// <c>|</c>, and a last line starting with <c>=</c> for the columns' totals (<c>-</c> where a total is not shown).
/// The decisions are written back in the same layout with <c>c</c> for a suppressed figure.
/// </summary>
internal static class Grid
{
    public static DisclosureTable Parse(string text)
    {
        var rows = new List<IReadOnlyList<DisclosureCell>>();
        var rowTotals = new List<long?>();
        IReadOnlyList<long?>? columnTotals = null;
        foreach (string line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (line.StartsWith('='))
            {
                columnTotals = [.. Words(line[1..]).Select(Total)];
                continue;
            }

            string[] parts = line.Split('|');
            rows.Add([.. Words(parts[0]).Select(w => DisclosureCell.OfCount(long.Parse(w, CultureInfo.InvariantCulture)))]);
            rowTotals.Add(parts.Length > 1 ? Total(parts[1].Trim()) : null);
        }

        return new DisclosureTable(rows, rowTotals, columnTotals);
    }

    public static string Show(string text, SmallNumberThreshold threshold)
    {
        DisclosureTable table = Parse(text);
        TableDisclosure decided = SmallNumberRules.Suppress(table, threshold);
        var lines = new List<string>();
        for (int r = 0; r < table.RowCount; r++)
        {
            string cells = string.Join(" ", Enumerable.Range(0, table.ColumnCount).Select(c => Figure(table.Cells[r][c].Count, decided[r, c])));
            lines.Add(table.RowTotals[r] is { } total ? $"{cells} | {Figure(total, decided.RowTotals[r])}" : cells);
        }

        if (table.ColumnTotals.Any(t => t is not null))
        {
            lines.Add("= " + string.Join(" ", table.ColumnTotals.Select((t, c) => t is { } total ? Figure(total, decided.ColumnTotals[c]) : "-")));
        }

        return string.Join("\n", lines);
    }

    public static string Layout(string text) =>
        string.Join("\n", text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(l => string.Join(" ", l.Split(' ', StringSplitOptions.RemoveEmptyEntries))));

    private static string Figure(long value, CellDisclosure decision) =>
        decision.Suppressed ? DisclosureText.Symbol : value.ToString(CultureInfo.InvariantCulture);

    private static long? Total(string word) => word == "-" || word.Length == 0 ? null : long.Parse(word, CultureInfo.InvariantCulture);

    private static string[] Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
