namespace Waymark.Data.Csv;

/// <summary>
/// Reads comma-separated records one at a time (RFC 4180: fields in double quotes may hold commas, line breaks
/// and doubled quotes), keeping only the current record in memory. Blank lines are skipped. Field text is exposed
/// as spans so that reading a large file allocates little beyond one string a line.
/// </summary>
public sealed class CsvReader : IDisposable
{
    private readonly TextReader reader;
    private readonly List<(int Start, int Length)> ranges = [];
    private readonly List<string?> unescaped = [];
    private string line = string.Empty;
    private long nextLine = 1;

    /// <summary>Reads records from <paramref name="reader"/>, which this reader then owns.</summary>
    public CsvReader(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        this.reader = reader;
    }

    /// <summary>The line of the file (from 1) on which the current record starts.</summary>
    public long LineNumber { get; private set; }

    /// <summary>How many fields the current record has.</summary>
    public int FieldCount => ranges.Count;

    /// <summary>Whether the current record has a quoted field that was never closed.</summary>
    public bool HasUnclosedQuote { get; private set; }

    /// <summary>The text of field <paramref name="index"/> of the current record, quotes removed.</summary>
    public ReadOnlySpan<char> this[int index] =>
        unescaped[index] is { } text ? text.AsSpan() : line.AsSpan(ranges[index].Start, ranges[index].Length);

    /// <summary>The text of field <paramref name="index"/> as a string.</summary>
    public string GetString(int index) => unescaped[index] ?? line.Substring(ranges[index].Start, ranges[index].Length);

    /// <summary>Moves to the next record, skipping blank lines; false at the end of the file.</summary>
    public bool Read()
    {
        string? next;
        do
        {
            next = reader.ReadLine();
            if (next is null)
            {
                return false;
            }

            LineNumber = nextLine++;
        }
        while (next.Length == 0 || string.IsNullOrWhiteSpace(next));

        // A record continues onto the next line while a quoted field is open.
        while (CountQuotes(next) % 2 == 1)
        {
            string? more = reader.ReadLine();
            if (more is null)
            {
                break;
            }

            nextLine++;
            next = string.Concat(next, "\n", more);
        }

        line = next;
        Split();
        return true;
    }

    /// <inheritdoc/>
    public void Dispose() => reader.Dispose();

    private static int CountQuotes(string s)
    {
        int count = 0;
        foreach (char c in s)
        {
            if (c == '"')
            {
                count++;
            }
        }

        return count;
    }

    private void Split()
    {
        ranges.Clear();
        unescaped.Clear();
        HasUnclosedQuote = false;
        ReadOnlySpan<char> s = line;
        int i = 0;
        while (true)
        {
            if (i < s.Length && s[i] == '"')
            {
                i = SplitQuoted(s, i);
            }
            else
            {
                int comma = s[i..].IndexOf(',');
                int end = comma < 0 ? s.Length : i + comma;
                int stop = end > i && s[end - 1] == '\r' ? end - 1 : end;
                ranges.Add((i, stop - i));
                unescaped.Add(null);
                i = end;
            }

            if (i >= s.Length)
            {
                return;
            }

            i++; // past the comma
            if (i == s.Length)
            {
                ranges.Add((i, 0));
                unescaped.Add(null);
                return;
            }
        }
    }

    // Reads a quoted field starting at the opening quote; returns the index just past it (at a comma or the end).
    private int SplitQuoted(ReadOnlySpan<char> s, int open)
    {
        var text = new System.Text.StringBuilder();
        int i = open + 1;
        while (true)
        {
            int quote = s[i..].IndexOf('"');
            if (quote < 0)
            {
                HasUnclosedQuote = true;
                text.Append(s[i..]);
                i = s.Length;
                break;
            }

            text.Append(s.Slice(i, quote));
            i += quote + 1;
            if (i < s.Length && s[i] == '"')
            {
                text.Append('"');
                i++;
                continue;
            }

            break;
        }

        // Anything between the closing quote and the next comma is kept, as spreadsheets do.
        int comma = s[i..].IndexOf(',');
        int end = comma < 0 ? s.Length : i + comma;
        text.Append(s[i..end].TrimEnd('\r'));
        ranges.Add((open, end - open));
        unescaped.Add(text.ToString());
        return end;
    }
}
