using System.Globalization;

using Waymark.Areas;

namespace Waymark.Data.Files;

/// <summary>
/// Reads LAIT's list of areas, <c>la_code_list.csv</c>: <c>LA Number,LA Name,Region,Type</c>. A row whose type is
/// <c>NA</c> or empty adds up LAs: England when its name begins with England, otherwise a region (LAIT numbers
/// these 970-990, and 1000 for a discontinued England series). Every other row is an LA, with a three-digit
/// number and one of the regions <see cref="RegionNames"/> knows.
/// </summary>
public static class AreaFile
{
    /// <summary>The columns the file must have.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["LA Number", "LA Name", "Region", "Type"];

    /// <summary>Reads every area, recording each bad row in <paramref name="problems"/>.</summary>
    public static IReadOnlyList<AreaRow> Read(TextReader text, string fileName, FileProblems problems) =>
        [.. ReadWithLines(text, fileName, problems).Select(a => a.Row)];

    /// <summary>Reads every area with the line it is on.</summary>
    internal static IReadOnlyList<(AreaRow Row, long Line)> ReadWithLines(TextReader text, string fileName, FileProblems problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var areas = new List<(AreaRow, long)>();
        using CsvTable? table = CsvTable.Open(text, fileName, Columns, problems);
        if (table is null)
        {
            return areas;
        }

        int number = table.Header.IndexOf("LA Number"), name = table.Header.IndexOf("LA Name"),
            region = table.Header.IndexOf("Region"), type = table.Header.IndexOf("Type");
        var firstLines = new Dictionary<int, long>();
        while (table.Read())
        {
            long before = problems.Count;
            string? typeText = NotApplicable(table[type]) ? null : table[type].ToString();
            string? regionText = NotApplicable(table[region]) ? null : table[region].ToString();
            string nameText = table[name].ToString();
            if (nameText.Length == 0)
            {
                table.Problem("LA Name", "Enter the area's name");
            }

            ReadOnlySpan<char> numberText = table[number];
            bool numberOk = typeText is null
                ? numberText.Length is 3 or 4 && int.TryParse(numberText, NumberStyles.None, CultureInfo.InvariantCulture, out _)
                : numberText.Length == 3 && int.TryParse(numberText, NumberStyles.None, CultureInfo.InvariantCulture, out _);
            if (!numberOk)
            {
                table.Problem("LA Number", numberText.IsEmpty
                    ? "Enter the area's number"
                    : $"'{numberText}' is not an LA number: use the three-digit DfE number, such as 383");
            }

            if (typeText is not null && regionText is null)
            {
                table.Problem("Region", "Enter the LA's region, such as Yorkshire and The Humber");
            }
            else if (typeText is not null && !RegionNames.IsKnown(regionText!))
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

            AreaKind kind = typeText is not null ? AreaKind.LocalAuthority
                : nameText.StartsWith("England", StringComparison.OrdinalIgnoreCase) ? AreaKind.England
                : AreaKind.Region;
            areas.Add((new AreaRow(n, nameText, kind, kind == AreaKind.LocalAuthority ? regionText : null, typeText), table.Line));
        }

        return areas;
    }

    private static bool NotApplicable(ReadOnlySpan<char> text) => text.IsEmpty || text.Equals("NA", StringComparison.OrdinalIgnoreCase);
}
