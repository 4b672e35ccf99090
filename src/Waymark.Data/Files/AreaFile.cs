using System.Globalization;

using Waymark.Areas;

namespace Waymark.Data.Files;

/// <summary>
/// Reads LAIT's list of areas, <c>la_code_list.csv</c>: <c>LA Number,LA Name,Region,Type</c>. A row whose type is
/// <c>NA</c> or empty adds up LAs: England when its name begins with England, otherwise a region (LAIT numbers
/// these 970-990, and 1000 for a discontinued England series). Every other row is an LA, with a three-digit
/// number and one of the regions <see cref="RegionNames"/> knows. LAIT's lookup of the areas in its data,
/// <c>lait_la_and_region_lookup.csv</c> (<c>LA Number,LA and Regions,Region</c>), is read too: it has no types, so
/// there a row with a region is an LA (with no type) and a row whose region is <c>NA</c> adds up LAs.
/// </summary>
public static class AreaFile
{
    /// <summary>The columns the file must have.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["LA Number", "LA Name", "Region", "Type"];

    /// <summary>The columns of LAIT's lookup of areas, which has no types.</summary>
    public static IReadOnlyList<string> LookupColumns { get; } = ["LA Number", "LA and Regions", "Region"];

    /// <summary>Reads every area, recording each bad row in <paramref name="problems"/>.</summary>
    public static IReadOnlyList<AreaRow> Read(TextReader text, string fileName, FileProblems problems) =>
        [.. ReadWithLines(text, fileName, problems).Select(a => a.Row)];

    /// <summary>Reads every area with the line it is on.</summary>
    internal static IReadOnlyList<(AreaRow Row, long Line)> ReadWithLines(TextReader text, string fileName, FileProblems problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var areas = new List<(AreaRow, long)>();
        using CsvTable? table = CsvTable.Open(text, fileName, Columns, problems, alternative: LookupColumns);
        if (table is null)
        {
            return areas;
        }

        bool lookup = table.Header.Missing(Columns).Count > 0;
        int number = table.Header.IndexOf("LA Number"), name = table.Header.IndexOf(lookup ? "LA and Regions" : "LA Name"),
            region = table.Header.IndexOf("Region"), type = lookup ? -1 : table.Header.IndexOf("Type");
        string nameColumn = lookup ? "LA and Regions" : "LA Name";
        var firstLines = new Dictionary<int, long>();
        while (table.Read())
        {
            long before = problems.Count;
            string? typeText = NotApplicable(table[type]) ? null : table[type].ToString();
            string? regionText = NotApplicable(table[region]) ? null : table[region].ToString();
            bool isLa = lookup ? regionText is not null : typeText is not null;
            string nameText = table[name].ToString();
            if (nameText.Length == 0)
            {
                table.Problem(nameColumn, "Enter the area's name");
            }

            ReadOnlySpan<char> numberText = table[number];
            bool numberOk = !isLa
                ? numberText.Length is 3 or 4 && int.TryParse(numberText, NumberStyles.None, CultureInfo.InvariantCulture, out _)
                : numberText.Length == 3 && int.TryParse(numberText, NumberStyles.None, CultureInfo.InvariantCulture, out _);
            if (!numberOk)
            {
                table.Problem("LA Number", numberText.IsEmpty
                    ? "Enter the area's number"
                    : $"'{numberText}' is not an LA number: use the three-digit DfE number, such as 383");
            }

            if (isLa && regionText is null)
            {
                table.Problem("Region", "Enter the LA's region, such as Yorkshire and The Humber");
            }
            else if (isLa && !RegionNames.IsKnown(regionText!))
            {
                table.Problem("Region", $"'{regionText}' is not a region of England: use one of {string.Join(", ", RegionNames.All)}");
            }

            if (problems.Count != before)
            {
                continue;
            }

            int n = int.Parse(numberText, NumberStyles.None, CultureInfo.InvariantCulture);
            if (!firstLines.TryAdd(n, table.Line))
            {
                table.Problem("LA Number", $"{n} is already listed on line {firstLines[n]}");
                continue;
            }

            AreaKind kind = isLa ? AreaKind.LocalAuthority
                : nameText.StartsWith("England", StringComparison.OrdinalIgnoreCase) ? AreaKind.England
                : AreaKind.Region;
            areas.Add((new AreaRow(n, nameText, kind, kind == AreaKind.LocalAuthority ? regionText : null, typeText), table.Line));
        }

        return areas;
    }

    private static bool NotApplicable(ReadOnlySpan<char> text) => text.IsEmpty || text.Equals("NA", StringComparison.OrdinalIgnoreCase);
}
