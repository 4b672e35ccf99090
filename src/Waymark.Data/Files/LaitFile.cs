using System.Diagnostics.CodeAnalysis;
using System.Globalization;

using Waymark.Periods;

namespace Waymark.Data.Files;

/// <summary>
/// Reads DfE LAIT's long format, <c>Short Desc,Years,LA Number,LA and Regions,Values</c>, one row at a time: the
/// file is never held, so a national file of millions of rows reads in the memory of one. Each row is checked on
/// its own; which rows belong together (and whether one is repeated) is for the caller.
/// </summary>
public static class LaitFile
{
    /// <summary>The columns the file must have.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["Short Desc", "Years", "LA Number", "LA and Regions", "Values"];

    /// <summary>
    /// The symbols DfE writes where there is no figure: <c>-</c> (none), <c>c</c> (suppressed to protect
    /// confidentiality), <c>x</c> (not available), <c>z</c> (not applicable), <c>..</c> and <c>:</c> (not available,
    /// in older tables), and an empty field.
    /// </summary>
    public static IReadOnlyList<string> Markers { get; } = ["-", "c", "x", "z", "..", ":", ""];

    private const string ValueExpected = "use a number such as 27.9, or one of - c x z .. : for no value, or leave it empty";

    /// <summary>
    /// The good rows of the file in order, read as they are enumerated. Bad rows are recorded in
    /// <paramref name="problems"/> as they are met and left out: a missing measure, a year that is not a
    /// four-digit year (or a pair such as <c>2024-25</c>), an LA number that is not a whole number, or a value that
    /// is neither a number nor one of <see cref="Markers"/>. Read to the end before trusting
    /// <see cref="FileProblems.Any"/>.
    /// </summary>
    public static IEnumerable<LaitRow> Read(TextReader text, string fileName, FileProblems problems)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(problems);
        return ReadRows(text, fileName, problems);
    }

    private static IEnumerable<LaitRow> ReadRows(TextReader text, string fileName, FileProblems problems)
    {
        using CsvTable? table = CsvTable.Open(text, fileName, Columns, problems);
        if (table is null)
        {
            yield break;
        }

        int measure = table.Header.IndexOf("Short Desc"), years = table.Header.IndexOf("Years"),
            number = table.Header.IndexOf("LA Number"), name = table.Header.IndexOf("LA and Regions"),
            values = table.Header.IndexOf("Values");

        // A file has few measures and areas but many rows: each name is kept once.
        var names = new HashSet<string>(StringComparer.Ordinal);
        HashSet<string>.AlternateLookup<ReadOnlySpan<char>> namesBySpan = names.GetAlternateLookup<ReadOnlySpan<char>>();

        while (table.Read())
        {
            bool ok = true;
            ReadOnlySpan<char> measureText = table[measure];
            if (measureText.IsEmpty)
            {
                table.Problem("Short Desc", "Enter the measure's short description");
                ok = false;
            }

            if (!TryYear(table[years], out int year, out string? yearError))
            {
                table.Problem("Years", yearError);
                ok = false;
            }

            ReadOnlySpan<char> numberText = table[number];
            if (!int.TryParse(numberText, NumberStyles.None, CultureInfo.InvariantCulture, out int area))
            {
                table.Problem("LA Number", numberText.IsEmpty
                    ? "Enter the area's number"
                    : $"'{numberText}' is not an LA number: use the DfE number, such as 383");
                ok = false;
            }

            if (!TryValue(table[values], out decimal? value, out string? marker))
            {
                table.Problem("Values", $"'{table[values]}' is not a value: {ValueExpected}");
                ok = false;
            }

            if (ok)
            {
                yield return new LaitRow(Intern(namesBySpan, measureText), year, area, Intern(namesBySpan, table[name]), value, marker, table.Line);
            }
        }
    }

    private static string Intern(HashSet<string>.AlternateLookup<ReadOnlySpan<char>> names, ReadOnlySpan<char> text)
    {
        if (!names.TryGetValue(text, out string? known))
        {
            known = text.ToString();
            names.Add(known);
        }

        return known;
    }

    // "2024", or a pair "2024-25" that ends in the second year.
    private static bool TryYear(ReadOnlySpan<char> text, out int year, [NotNullWhen(false)] out string? error)
    {
        error = null;
        year = 0;
        bool read = text.Length == 4 && Digits(text, out year);
        if (!read && text.Length == 7 && text[4] == '-' && Digits(text[..4], out int first) && Digits(text[5..], out int second))
        {
            read = second == (first + 1) % 100;
            year = first + 1;
        }

        if (!read)
        {
            error = text.IsEmpty
                ? "Enter the year"
                : $"'{text}' is not a year: use the year the period ends in, such as 2024, or a pair of years such as 2023-24";
            return false;
        }

        if (year <= ReportingPeriod.MinYear || year > ReportingPeriod.MaxYear)
        {
            error = $"The year {text} is out of range: use a year from {ReportingPeriod.MinYear + 1} to {ReportingPeriod.MaxYear}";
            return false;
        }

        return true;
    }

    // Exactly four digits for a year, two for the end of a pair.
    private static bool Digits(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        return text.Length is 2 or 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    private static bool TryValue(ReadOnlySpan<char> text, out decimal? value, out string? marker)
    {
        value = null;
        marker = null;
        foreach (string m in Markers)
        {
            if (text.Equals(m, StringComparison.OrdinalIgnoreCase))
            {
                marker = m;
                return true;
            }
        }

        if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal d))
        {
            value = d;
            return true;
        }

        return false;
    }
}
