using Waymark.Data.Csv;
using Waymark.Texts;

namespace Waymark.Data.Files;

/// <summary>
/// One input file being read row by row: checks its header for the required columns and each row for a whole
/// number of fields of plain text (no control characters but tabs and line breaks), and records problems against
/// the file, line and column.
/// </summary>
internal sealed class CsvTable : IDisposable
{
    private readonly CsvReader reader;
    private readonly FileProblems problems;

    private readonly bool ragged;

    private CsvTable(CsvReader reader, CsvHeader header, string fileName, FileProblems problems, bool ragged)
    {
        this.reader = reader;
        this.ragged = ragged;
        Header = header;
        FileName = fileName;
        this.problems = problems;
    }

    public CsvHeader Header { get; }

    public string FileName { get; }

    public long Line => reader.LineNumber;

    /// <summary>Opens a file and checks its header; null (with the problems recorded) when it cannot be read.</summary>
    /// <param name="text">The file.</param>
    /// <param name="fileName">The name problems are reported against.</param>
    /// <param name="required">The columns the header must have.</param>
    /// <param name="problems">Where problems are recorded.</param>
    /// <param name="alternative">Another set of columns that is enough when the header does not have all of <paramref name="required"/>.</param>
    /// <param name="ragged">
    /// Whether rows may end short of the header or run past it with empty fields, and rows of nothing but commas
    /// are skipped, as spreadsheets save a sheet with stray cells.
    /// </param>
    public static CsvTable? Open(TextReader text, string fileName, IReadOnlyList<string> required, FileProblems problems, bool ragged = false, IReadOnlyList<string>? alternative = null)
    {
        var reader = new CsvReader(text);
        if (!reader.Read())
        {
            problems.Add(fileName, 0, null, $"The file is empty: it needs a header row with at least the columns {string.Join(',', required)}");
            reader.Dispose();
            return null;
        }

        var header = new CsvHeader(reader);
        IReadOnlyList<string> missing = header.Missing(required);
        if (missing.Count > 0 && (alternative is null || header.Missing(alternative).Count > 0))
        {
            string names = string.Join(", ", missing);
            problems.Add(fileName, reader.LineNumber, null, $"The header has no {(missing.Count == 1 ? "column" : "columns")} {names}: the file needs at least the columns {string.Join(',', required)}");
            reader.Dispose();
            return null;
        }

        // A column named twice is ambiguous: which of the two is the figure? Published files saved from spreadsheets
        // (read ragged) may repeat a heading over columns Waymark does not read, such as the neighbour files' "SNP".
        var read = new HashSet<string>(required.Concat(alternative ?? []), StringComparer.OrdinalIgnoreCase);
        var repeated = header.Repeated().Where(r => !ragged || read.Contains(r.Name)).ToList();
        if (repeated.Count > 0)
        {
            foreach ((string name, IReadOnlyList<int> columns) in repeated)
            {
                problems.Add(fileName, reader.LineNumber, name, $"The header names the column {name} more than once (columns {string.Join(" and ", columns)}): give each column one heading of its own");
            }

            reader.Dispose();
            return null;
        }

        return new CsvTable(reader, header, fileName, problems, ragged);
    }

    /// <summary>Moves to the next row that has as many fields as the header; rows that do not are reported and skipped.</summary>
    public bool Read()
    {
        while (reader.Read())
        {
            if (reader.HasUnclosedQuote)
            {
                Problem(null, "A quoted field is never closed: check for a missing \"");
                continue;
            }

            if (ragged)
            {
                if (AllEmpty(0))
                {
                    continue;
                }

                if (reader.FieldCount <= Header.FieldCount || AllEmpty(Header.FieldCount))
                {
                    if (!IsPlain())
                    {
                        continue;
                    }

                    return true;
                }
            }

            if (reader.FieldCount != Header.FieldCount)
            {
                Problem(null, $"The row has {reader.FieldCount} fields but the header has {Header.FieldCount}: put a field that contains a comma in double quotes");
                continue;
            }

            if (!IsPlain())
            {
                continue;
            }

            return true;
        }

        return false;
    }

    /// <summary>The text of a column of the current row; empty when the file has no such column (index -1).</summary>
    public ReadOnlySpan<char> this[int column] => column < 0 || column >= reader.FieldCount ? [] : reader[column].Trim();

    /// <summary>The text of a column as a string, or null when empty.</summary>
    public string? StringOrNull(int column)
    {
        ReadOnlySpan<char> text = this[column];
        return text.IsEmpty ? null : text.ToString();
    }

    public void Problem(string? column, string message) => problems.Add(FileName, reader.LineNumber, column, message);

    public void Dispose() => reader.Dispose();

    /// <summary>Whether every field of the row is text <see cref="PlainText"/> allows; the first that is not is reported.</summary>
    private bool IsPlain()
    {
        for (int i = 0; i < reader.FieldCount && i < Header.FieldCount; i++)
        {
            if (PlainText.Check(reader[i]) is { } error)
            {
                string name = Header.NameAt(i);
                Problem(name.Length == 0 ? null : name, error.Message);
                return false;
            }

            // A byte that is not UTF-8 is read as U+FFFD: the file was most likely saved in a spreadsheet's older
            // encoding (Windows-1252, "ANSI"), where "£" and "é" are single bytes. Storing it would lose them.
            if (reader[i].Contains(PlainText.Replacement))
            {
                string name = Header.NameAt(i);
                Problem(name.Length == 0 ? null : name, $"'{reader[i].Trim()}' has a character that is not UTF-8 (shown as {PlainText.Replacement}): the file was probably saved as Windows-1252 or \"ANSI\"; save it as \"CSV UTF-8\" and import it again");
                return false;
            }
        }

        return true;
    }

    private bool AllEmpty(int from)
    {
        for (int i = from; i < reader.FieldCount; i++)
        {
            if (!reader[i].Trim().IsEmpty)
            {
                return false;
            }
        }

        return true;
    }
}
