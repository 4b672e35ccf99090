using System.Globalization;

using Waymark.Areas;
using Waymark.Figures;
using Waymark.Periods;

namespace Waymark.Data.Files;

/// <summary>
/// Reads <c>comparators.csv</c>: <c>indicator,period,area,value</c>, where the area is an LA's three-digit number,
/// <c>England</c>, a region's name (in any spelling <see cref="RegionNames"/> knows), or <c>Statistical neighbours</c>.
/// </summary>
public static class ComparatorFile
{
    /// <summary>The columns every comparators file must have.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["indicator", "period", "area", "value"];

    private const string AreaExpected = "use an LA number such as 383, England, a region such as Yorkshire and The Humber, or Statistical neighbours";

    /// <summary>
    /// Reads every comparator value in file order, recording each bad row: an unknown indicator, a period, area or
    /// number that cannot be read, a value outside the indicator's range, or a second value for the same indicator,
    /// period and area.
    /// </summary>
    public static IReadOnlyList<ComparatorRow> Read(TextReader text, string fileName, IndicatorSet indicators, FileProblems problems)
    {
        ArgumentNullException.ThrowIfNull(indicators);
        ArgumentNullException.ThrowIfNull(problems);
        var rows = new List<ComparatorRow>();
        using CsvTable? table = CsvTable.Open(text, fileName, Columns, problems);
        if (table is null)
        {
            return rows;
        }

        int indicator = table.Header.IndexOf("indicator"), period = table.Header.IndexOf("period"),
            area = table.Header.IndexOf("area"), value = table.Header.IndexOf("value");
        var firstLines = new Dictionary<(int, ReportingPeriod, ComparatorArea), long>();
        while (table.Read())
        {
            ReadOnlySpan<char> code = table[indicator];
            int index = indicators.IndexOf(code);
            bool ok = index >= 0;
            if (!ok)
            {
                table.Problem("indicator", code.IsEmpty ? "Enter the indicator's code" : $"'{code}' is not an indicator in the indicators file");
            }

            if (!Fields.TryPeriod(table[period], out ReportingPeriod p, out string? periodError))
            {
                table.Problem("period", periodError!);
                ok = false;
            }

            if (!TryArea(table[area], out ComparatorArea a))
            {
                table.Problem("area", table[area].IsEmpty ? $"Enter the area: {AreaExpected}" : $"'{table[area]}' is not an area: {AreaExpected}");
                ok = false;
            }

            ReadOnlySpan<char> valueText = table[value];
            if (!FigureText.TryParse(valueText, out decimal? v, out FigureError? numberError))
            {
                table.Problem("value", numberError.Message);
                ok = false;
            }
            else if (v is null)
            {
                table.Problem("value", "Enter the value");
                ok = false;
            }

            if (!ok)
            {
                continue;
            }

            var definition = indicators.All[index];
            if (!definition.Range.Contains(v!.Value))
            {
                table.Problem("value", definition.OutOfRange("value", valueText.Trim().ToString()));
                continue;
            }

            if (!firstLines.TryAdd((index, p, a), table.Line))
            {
                table.Problem("area", $"{definition.Code} already has a value for {a} in {p} on line {firstLines[(index, p, a)]}");
                continue;
            }

            rows.Add(new ComparatorRow(index, p, a, v.Value, table.Line));
        }

        return rows;
    }

    private static bool TryArea(ReadOnlySpan<char> text, out ComparatorArea area)
    {
        area = default;
        if (text.Length == 3 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int number))
        {
            area = new ComparatorArea(AreaKind.LocalAuthority, number, null);
            return true;
        }

        if (text.Equals("England", StringComparison.OrdinalIgnoreCase))
        {
            area = ComparatorArea.England;
            return true;
        }

        if (text.Equals(ComparatorArea.StatisticalNeighboursWord, StringComparison.OrdinalIgnoreCase))
        {
            area = ComparatorArea.StatisticalNeighbours;
            return true;
        }

        string name = text.ToString();
        if (!text.IsEmpty && RegionNames.IsKnown(name))
        {
            area = new ComparatorArea(AreaKind.Region, 0, RegionNames.Normalise(name));
            return true;
        }

        return false;
    }
}
