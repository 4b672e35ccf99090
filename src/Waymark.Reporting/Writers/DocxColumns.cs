namespace Waymark.Reporting.Writers;

/// <summary>
/// Fits a Word table's columns to the width of its page, as a browser lays out a table automatically: each column
/// at least as wide as its longest word (so no word is broken across lines), the rest of the width shared by how
/// much text each column holds. When even the longest words do not fit, the table's text is made smaller, down to
/// <see cref="SmallestFont"/>. Widths are in twentieths of a point, as Word measures a table.
/// </summary>
internal static class DocxColumns
{
    /// <summary>The text size of a table, in points, when its words fit at it.</summary>
    public const decimal LargestFont = 10m;

    /// <summary>The smallest text size a table is shrunk to so that its longest words fit.</summary>
    public const decimal SmallestFont = 7m;

    /// <summary>The size of a note under a cell's words, as a share of the cell's text size.</summary>
    public const decimal NoteScale = 0.8m;

    /// <summary>The space at each side of a cell's text, in twentieths of a point.</summary>
    public const int CellMargin = 85;

    // Room for the cell's borders and for a renderer whose font is a little wider than the one measured.
    private const decimal Slack = 1.08m;

    /// <summary>The text size, in points, and each column's width for a table's cells, within <paramref name="available"/>.</summary>
    public static (decimal Font, int[] Widths) Fit(IReadOnlyList<IReadOnlyList<CellText>> rows, int columns, int available)
    {
        ArgumentNullException.ThrowIfNull(rows);
        for (decimal font = LargestFont; ; font -= 0.5m)
        {
            (decimal[] least, decimal[] most) = Measure(rows, columns, font);
            decimal needed = least.Sum();
            if (needed <= available || font <= SmallestFont)
            {
                return (font, Share(least, most, available));
            }
        }
    }

    private static (decimal[] Least, decimal[] Most) Measure(IReadOnlyList<IReadOnlyList<CellText>> rows, int columns, decimal font)
    {
        var least = new decimal[columns];
        var most = new decimal[columns];
        foreach (IReadOnlyList<CellText> row in rows)
        {
            for (int i = 0; i < Math.Min(columns, row.Count); i++)
            {
                CellText cell = row[i];
                decimal noteFont = font * NoteScale;
                decimal longest = Math.Max(LongestWord(cell.Text, font, cell.Bold), cell.Note is null ? 0 : LongestWord(cell.Note, noteFont, false));
                decimal whole = Math.Max(Width(cell.Text, font, cell.Bold), cell.Note is null ? 0 : Width(cell.Note, noteFont, false));
                least[i] = Math.Max(least[i], (longest * Slack) + (2 * CellMargin));
                most[i] = Math.Max(most[i], (whole * Slack) + (2 * CellMargin));
            }
        }

        return (least, most);
    }

    private static int[] Share(decimal[] least, decimal[] most, int available)
    {
        decimal leastSum = least.Sum();
        decimal mostSum = most.Sum();
        decimal[] widths;
        if (leastSum >= available)
        {
            widths = [.. least.Select(w => w * available / leastSum)];
        }
        else if (mostSum <= available)
        {
            // Everything fits on one line a cell: the spare width goes to each column by its share of the text.
            widths = [.. most.Select(w => w * available / mostSum)];
        }
        else
        {
            decimal spare = available - leastSum;
            widths = [.. least.Zip(most, (l, m) => l + ((m - l) * spare / (mostSum - leastSum)))];
        }

        int[] whole = [.. widths.Select(w => (int)Math.Floor(w))];
        whole[^1] += available - whole.Sum();
        return whole;
    }

    private static decimal LongestWord(string text, decimal font, bool bold) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(w => Width(w, font, bold)).DefaultIfEmpty(0).Max();

    /// <summary>The width of a line of <paramref name="text"/> in Arial at <paramref name="font"/> points, in twentieths of a point.</summary>
    public static decimal Width(string text, decimal font, bool bold)
    {
        ArgumentNullException.ThrowIfNull(text);
        int units = 0;
        foreach (char c in text)
        {
            units += Advance(c);
        }

        // Arial's bold letters are wider by about a tenth.
        return units * font * 20m / 1000m * (bold ? 1.1m : 1m);
    }

    /// <summary>
    /// The advance of a character in Arial (and the metric-compatible Liberation Sans), in thousandths of the text
    /// size; a character outside these is taken as a full em, more than any of them needs.
    /// </summary>
    private static int Advance(char c) => c switch
    {
        ' ' or '.' or ',' or ':' or ';' or '/' or '\\' or '!' or 'f' or 't' or 'I' or '[' or ']' or '\'' => 278,
        'i' or 'j' or 'l' or '|' => 222,
        '(' or ')' or '-' or 'r' or '"' or '`' => 333,
        >= '0' and <= '9' => 556,
        'c' or 'k' or 's' or 'v' or 'x' or 'y' or 'z' or 'J' or '?' or '*' => 500,
        'm' or 'M' => 833,
        'w' or 'C' or 'D' or 'H' or 'N' or 'R' or 'U' => 722,
        'G' or 'O' or 'Q' => 778,
        'W' => 944,
        '%' => 889,
        '&' => 667,
        'F' or 'T' or 'Z' => 611,
        'L' or '#' or '$' or '_' => 556,
        '+' or '=' or '<' or '>' or '~' => 584,
        '@' => 1015,
        >= 'a' and <= 'z' => 556,
        >= 'A' and <= 'Z' => 667,
        '£' or '€' => 556,
        _ => 1000,
    };

    /// <summary>The words of a cell as laid out: its text (bold in a header), and the smaller note under it, if any.</summary>
    internal sealed record CellText(string Text, bool Bold, string? Note = null);
}
