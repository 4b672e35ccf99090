using System.Diagnostics.CodeAnalysis;
using System.Globalization;

using Waymark.Areas;
using Waymark.Periods;

namespace Waymark.Data.Files;

/// <summary>One measure's figures for one area and year, read from a line of a DfE tidy statistics file.</summary>
/// <param name="Measure">The mapping line the figures were read by.</param>
/// <param name="Year">The year the period ends in (2025 for 2024/25).</param>
/// <param name="Kind">England, a region or an LA.</param>
/// <param name="Number">An LA's DfE number (<c>old_la_code</c>); 0 for England and a region.</param>
/// <param name="Name">The area's name as the file writes it.</param>
/// <param name="Value">The published value; none when it is withheld.</param>
/// <param name="Marker">Why it is withheld (<c>c</c>, <c>x</c>, <c>z</c>, <c>low</c>, ...); none when there is a value.</param>
/// <param name="Numerator">The count, when the mapping names its column and the file gives a number.</param>
/// <param name="Denominator">What it is out of, likewise.</param>
/// <param name="Line">The file's line.</param>
public sealed record TidyRow(TidyMeasure Measure, int Year, AreaKind Kind, int Number, string Name, decimal? Value, string? Marker, decimal? Numerator, decimal? Denominator, long Line)
{
    /// <summary>The period of <paramref name="yearType"/> that ends in the row's year.</summary>
    public ReportingPeriod Period(YearType yearType) => ReportingPeriod.EndingIn(yearType, Year);
}

/// <summary>
/// Reads a DfE tidy statistics file, the layout of DfE's open data (one row per time period and geography, with
/// <c>time_period</c>, <c>geographic_level</c>, <c>old_la_code</c>, <c>la_name</c>, <c>region_name</c> and a column
/// per figure), through a <see cref="TidyMapping"/> that names each measure's columns. Rows at levels Waymark does
/// not hold (such as local authority districts) are passed over; a National row is England's, a Regional row its
/// region's by <c>region_name</c>, a Local authority row its LA's by <c>old_la_code</c>.
/// </summary>
public static class TidyFile
{
    /// <summary>The columns every file needs.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["time_period", "geographic_level", "old_la_code", "la_name"];

    /// <summary>What a figure may be instead of a number: DfE's symbols for a withheld or missing figure.</summary>
    public static IReadOnlyList<string> Markers { get; } = ["c", "x", "z", "u", "k", "low", ":", "-", "..", ""];

    private const string NumberExpected = "use a number such as 24.5, or one of c x z u k low : - .. for no figure, or leave it empty";

    /// <summary>
    /// The figures of every mapped measure in <paramref name="text"/>, one row per measure and line read; every
    /// problem is added to <paramref name="problems"/>, and a header without a mapped column stops the reading.
    /// </summary>
    public static IEnumerable<TidyRow> Read(TextReader text, string fileName, TidyMapping mapping, FileProblems problems)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mapping);
        ArgumentNullException.ThrowIfNull(problems);
        return ReadRows(text, fileName, mapping, problems);
    }

    private static IEnumerable<TidyRow> ReadRows(TextReader text, string fileName, TidyMapping mapping, FileProblems problems)
    {
        using CsvTable? table = CsvTable.Open(text, fileName, Columns, problems, ragged: true);
        if (table is null)
        {
            yield break;
        }

        int period = table.Header.IndexOf("time_period"), level = table.Header.IndexOf("geographic_level"),
            number = table.Header.IndexOf("old_la_code"), laName = table.Header.IndexOf("la_name"),
            region = table.Header.IndexOf("region_name");
        var columns = new List<(TidyMeasure Measure, int Value, int Numerator, int Denominator, int Filter)>();
        bool missing = false;
        foreach (TidyMeasure measure in mapping.Measures)
        {
            int Column(string? name, string field)
            {
                if (name is null)
                {
                    return -1;
                }

                int at = table.Header.IndexOf(name);
                if (at < 0)
                {
                    problems.Add(mapping.FileName, measure.Line, field, $"{fileName} has no column '{name}': name one of its columns, as its header writes it");
                    missing = true;
                }

                return at;
            }

            columns.Add((measure, Column(measure.Value, "value"), Column(measure.Numerator, "numerator"), Column(measure.Denominator, "denominator"), Column(measure.FilterColumn, "filter_column")));
        }

        if (missing)
        {
            yield break;
        }

        while (table.Read())
        {
            ReadOnlySpan<char> levelText = table[level];
            AreaKind kind;
            if (levelText.Equals("National", StringComparison.OrdinalIgnoreCase))
            {
                kind = AreaKind.England;
            }
            else if (levelText.Equals("Regional", StringComparison.OrdinalIgnoreCase))
            {
                kind = AreaKind.Region;
            }
            else if (levelText.Equals("Local authority", StringComparison.OrdinalIgnoreCase))
            {
                kind = AreaKind.LocalAuthority;
            }
            else if (levelText.IsEmpty)
            {
                table.Problem("geographic_level", "Enter the geographic level: National, Regional or Local authority");
                continue;
            }
            else
            {
                continue;
            }

            bool ok = true;
            if (!TryYear(table[period], out int year, out string? yearError))
            {
                table.Problem("time_period", yearError);
                ok = false;
            }

            int la = 0;
            string name = "England";
            if (kind == AreaKind.LocalAuthority)
            {
                ReadOnlySpan<char> code = table[number];
                if (!int.TryParse(code, NumberStyles.None, CultureInfo.InvariantCulture, out la))
                {
                    table.Problem("old_la_code", code.IsEmpty ? "Enter the LA's three-digit DfE number" : $"'{code}' is not an LA number: use the DfE number, such as 383");
                    ok = false;
                }

                name = table[laName].ToString();
            }
            else if (kind == AreaKind.Region)
            {
                name = region < 0 ? "" : table[region].ToString();
                if (name.Length == 0)
                {
                    table.Problem("region_name", region < 0 ? "A Regional row needs a region_name column to say which region it is" : "Enter the region's name");
                    ok = false;
                }
            }

            foreach ((TidyMeasure measure, int value, int numerator, int denominator, int filter) in columns)
            {
                if (filter >= 0 && !table[filter].Equals(measure.FilterValue, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                bool read = ok;
                if (!TryFigure(table[value], out decimal? figure, out string? marker))
                {
                    table.Problem(measure.Value, $"'{table[value]}' is not a value of {measure.Measure}: {NumberExpected}");
                    read = false;
                }

                decimal? count = null, outOf = null;
                if (numerator >= 0)
                {
                    if (!TryFigure(table[numerator], out count, out _))
                    {
                        table.Problem(measure.Numerator, $"'{table[numerator]}' is not a count: {NumberExpected}");
                        read = false;
                    }

                    if (!TryFigure(table[denominator], out outOf, out _))
                    {
                        table.Problem(measure.Denominator, $"'{table[denominator]}' is not a denominator: {NumberExpected}");
                        read = false;
                    }
                }

                if (read)
                {
                    yield return new TidyRow(measure, year, kind, la, name, figure, marker, count, outOf, table.Line);
                }
            }
        }
    }

    // "2025" is the year to 31 March 2025 or the calendar year 2025; "202425" the academic or financial year 2024/25.
    private static bool TryYear(ReadOnlySpan<char> text, out int year, [NotNullWhen(false)] out string? error)
    {
        error = null;
        year = 0;
        bool read = text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out year);
        if (!read && text.Length == 6
            && int.TryParse(text[..4], NumberStyles.None, CultureInfo.InvariantCulture, out int first)
            && int.TryParse(text[4..], NumberStyles.None, CultureInfo.InvariantCulture, out int second))
        {
            read = second == (first + 1) % 100;
            year = first + 1;
        }

        if (!read)
        {
            error = text.IsEmpty
                ? "Enter the time period"
                : $"'{text}' is not a time period: use a year such as 2025, or a pair of years written together such as 202425";
            return false;
        }

        if (year <= ReportingPeriod.MinYear || year > ReportingPeriod.MaxYear)
        {
            error = $"The time period {text} is out of range: use a year from {ReportingPeriod.MinYear + 1} to {ReportingPeriod.MaxYear}";
            return false;
        }

        return true;
    }

    private static bool TryFigure(ReadOnlySpan<char> text, out decimal? value, out string? marker)
    {
        value = null;
        marker = null;
        foreach (string m in Markers)
        {
            if (text.Equals(m, StringComparison.OrdinalIgnoreCase))
            {
                marker = m.Length == 0 ? null : m;
                return true;
            }
        }

        if (decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal d))
        {
            value = d;
            return true;
        }

        return false;
    }
}
