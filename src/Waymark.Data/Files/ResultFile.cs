using Waymark.Figures;
using Waymark.Gaps;
using Waymark.Indicators;
using Waymark.Periods;
using Waymark.Results;

namespace Waymark.Data.Files;

/// <summary>
/// Reads <c>results.csv</c>: <c>indicator,period,value,numerator,denominator,predicted_year_end,data_quality,commentary</c>,
/// streaming it row by row so that memory does not grow with the file beyond one small key per row (to find
/// duplicates). The optional <c>breakdown</c> and <c>group</c> columns make a row a group's result (such as
/// <c>sen_status</c>, <c>ehcp</c>); a row that leaves both empty is the whole population's result.
/// </summary>
public static class ResultFile
{
    /// <summary>The columns every results file must have.</summary>
    public static IReadOnlyList<string> Columns { get; } =
        ["indicator", "period", "value", "numerator", "denominator", "predicted_year_end", "data_quality", "commentary"];

    /// <summary>The columns a results file cannot do without; the others may be left out.</summary>
    public static IReadOnlyList<string> RequiredColumns { get; } = ["indicator", "period", "value"];

    /// <summary>
    /// Reads every row, checks it, and passes each good row that <paramref name="keep"/> accepts to
    /// <paramref name="onRow"/>. Bad rows are recorded in <paramref name="problems"/>: an unknown indicator, a
    /// period or number that cannot be read, a value that does not follow from its numerator and denominator or
    /// is out of range, an unknown data quality flag, a breakdown without a group or a group without a breakdown, a
    /// code that is not lower-case letters, digits and underscores, or a second result for the same indicator,
    /// period and group.
    /// </summary>
    public static void Read(
        TextReader text,
        string fileName,
        IndicatorSet indicators,
        FileProblems problems,
        Func<int, ReportingPeriod, bool> keep,
        Action<ResultRow> onRow)
    {
        ArgumentNullException.ThrowIfNull(indicators);
        ArgumentNullException.ThrowIfNull(problems);
        ArgumentNullException.ThrowIfNull(keep);
        ArgumentNullException.ThrowIfNull(onRow);
        using CsvTable? table = CsvTable.Open(text, fileName, RequiredColumns, problems);
        if (table is null)
        {
            return;
        }

        var c = new ColumnIndexes(table);
        var firstLines = new Dictionary<long, long>();
        var firstGroupLines = new Dictionary<(long Key, string Breakdown, string Group), long>();
        while (table.Read())
        {
            ReadRow(table, c, indicators, firstLines, firstGroupLines, keep, onRow);
        }
    }

    private static void ReadRow(
        CsvTable table,
        ColumnIndexes c,
        IndicatorSet indicators,
        Dictionary<long, long> firstLines,
        Dictionary<(long Key, string Breakdown, string Group), long> firstGroupLines,
        Func<int, ReportingPeriod, bool> keep,
        Action<ResultRow> onRow)
    {
        bool ok = Breakdown(table, c, out string? breakdown, out string? group);
        ReadOnlySpan<char> code = table[c.Indicator];
        int index = indicators.IndexOf(code);
        if (index < 0)
        {
            table.Problem("indicator", code.IsEmpty ? "Enter the indicator's code" : $"'{code}' is not an indicator in the indicators file");
            ok = false;
        }

        if (!Fields.TryPeriod(table[c.Period], out ReportingPeriod period, out string? periodError))
        {
            table.Problem("period", periodError!);
            ok = false;
        }

        ok &= Number(table, c.Value, "value", out decimal? value);
        ok &= Number(table, c.Numerator, "numerator", out decimal? numerator);
        ok &= Number(table, c.Denominator, "denominator", out decimal? denominator);
        ok &= Number(table, c.Predicted, "predicted_year_end", out decimal? predicted);

        ReadOnlySpan<char> qualityText = table[c.DataQuality];
        if (!DataQualityCodes.TryParse(qualityText, out DataQuality quality))
        {
            table.Problem("data_quality", $"'{qualityText}' is not a data quality flag: leave it empty, or use ok or withheld");
            ok = false;
        }

        if (!ok)
        {
            return;
        }

        IndicatorDefinition indicator = indicators.All[index];
        bool kept = keep(index, period);
        string? commentary = kept ? table.StringOrNull(c.Commentary) : null;
        if (!ResultValues.TryResolve(indicator, value, numerator, denominator, predicted, quality, commentary, out IndicatorResult? result, out string? error, out string? field))
        {
            table.Problem(field, error);
            return;
        }

        long key = ((long)index << 24) | Pack(period);
        if (breakdown is null || group is null)
        {
            if (!firstLines.TryAdd(key, table.Line))
            {
                table.Problem("period", $"{indicator.Code} already has a result for {period} on line {firstLines[key]}");
                return;
            }
        }
        else if (!firstGroupLines.TryAdd((key, breakdown, group), table.Line))
        {
            table.Problem("group", $"{indicator.Code} already has a result for {breakdown} {group} in {period} on line {firstGroupLines[(key, breakdown, group)]}");
            return;
        }

        if (!Fields.TryYesNo(table[c.Provisional], out bool provisional))
        {
            table.Problem("provisional", $"'{table[c.Provisional]}' is not yes or no: leave it empty, or use yes or no");
            return;
        }

        if (kept)
        {
            onRow(new ResultRow(index, period, result, table.Line, provisional, Fields.IsIllustrative(table[c.Source]), breakdown, group));
        }
    }

    private static bool Breakdown(CsvTable table, ColumnIndexes c, out string? breakdown, out string? group)
    {
        ReadOnlySpan<char> dimensionText = table[c.Breakdown];
        ReadOnlySpan<char> groupText = table[c.Group];
        breakdown = null;
        group = null;
        if (dimensionText.IsEmpty && groupText.IsEmpty)
        {
            return true;
        }

        if (dimensionText.IsEmpty)
        {
            table.Problem("breakdown", $"Enter the breakdown that group '{groupText}' belongs to, such as sen_status, or leave the group empty for the whole population's result");
            return false;
        }

        if (groupText.IsEmpty)
        {
            table.Problem("group", $"Enter the group of breakdown '{dimensionText}' this result is for, such as ehcp, or leave the breakdown empty for the whole population's result");
            return false;
        }

        bool ok = true;
        if (!BreakdownCodes.IsValid(dimensionText))
        {
            table.Problem("breakdown", BreakdownCodes.Problem(dimensionText, "breakdown"));
            ok = false;
        }

        if (!BreakdownCodes.IsValid(groupText))
        {
            table.Problem("group", BreakdownCodes.Problem(groupText, "group"));
            ok = false;
        }

        if (ok)
        {
            breakdown = dimensionText.ToString();
            group = groupText.ToString();
        }

        return ok;
    }

    // A period in 24 bits: kind (3), year from 1900 (11, up to 2998 - 1900 = 1098), index (4).
    private static long Pack(ReportingPeriod period) =>
        ((long)period.Kind << 15) | ((long)(period.Year - ReportingPeriod.MinYear) << 4) | (long)period.Index;

    private static bool Number(CsvTable table, int column, string name, out decimal? value)
    {
        if (FigureText.TryParse(table[column], out value, out FigureError? error))
        {
            return true;
        }

        table.Problem(name, error.Message);
        return false;
    }

    private readonly struct ColumnIndexes(CsvTable table)
    {
        public int Indicator { get; } = table.Header.IndexOf("indicator");

        public int Period { get; } = table.Header.IndexOf("period");

        public int Value { get; } = table.Header.IndexOf("value");

        public int Numerator { get; } = table.Header.IndexOf("numerator");

        public int Denominator { get; } = table.Header.IndexOf("denominator");

        public int Predicted { get; } = table.Header.IndexOf("predicted_year_end");

        public int DataQuality { get; } = table.Header.IndexOf("data_quality");

        public int Commentary { get; } = table.Header.IndexOf("commentary");

        public int Provisional { get; } = table.Header.IndexOf("provisional");

        public int Source { get; } = table.Header.IndexOf("source");

        public int Breakdown { get; } = table.Header.IndexOf("breakdown");

        public int Group { get; } = table.Header.IndexOf("group");
    }
}
