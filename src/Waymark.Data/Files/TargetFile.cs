using Waymark.Indicators;
using Waymark.Periods;
using Waymark.Targets;

namespace Waymark.Data.Files;

/// <summary>Reads <c>targets.csv</c>: <c>indicator,period,target</c>, with optional <c>set_by</c> (who set an external target) and <c>source</c>.</summary>
public static class TargetFile
{
    /// <summary>The columns every targets file must have.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["indicator", "period", "target"];

    /// <summary>
    /// Reads every target into one schedule per indicator (by position in <paramref name="indicators"/>),
    /// recording each bad row: an unknown indicator, a period or number that cannot be read, a target outside
    /// what the unit allows, or a second target for the same indicator and period.
    /// </summary>
    public static TargetSchedule[] Read(TextReader text, string fileName, IndicatorSet indicators, FileProblems problems)
    {
        ArgumentNullException.ThrowIfNull(indicators);
        var byIndicator = new Dictionary<ReportingPeriod, decimal>[indicators.All.Count];
        ReadRows(text, fileName, indicators, problems, row => (byIndicator[row.Indicator] ??= []).Add(row.Period, row.Target));
        return [.. byIndicator.Select(set => set is null ? TargetSchedule.Empty : new TargetSchedule(set))];
    }

    /// <summary>
    /// Reads every row, passing each good one to <paramref name="onRow"/> and recording each bad row: an unknown
    /// indicator, a period or number that cannot be read, a target outside what the unit allows, or a second
    /// target for the same indicator and period.
    /// </summary>
    public static void ReadRows(TextReader text, string fileName, IndicatorSet indicators, FileProblems problems, Action<TargetRow> onRow)
    {
        ArgumentNullException.ThrowIfNull(indicators);
        ArgumentNullException.ThrowIfNull(problems);
        ArgumentNullException.ThrowIfNull(onRow);
        using CsvTable? table = CsvTable.Open(text, fileName, Columns, problems);
        if (table is not null)
        {
            ReadRows(table, indicators, onRow);
        }
    }

    private static void ReadRows(CsvTable table, IndicatorSet indicators, Action<TargetRow> onRow)
    {
        var firstLines = new Dictionary<(int, ReportingPeriod), long>();
        int indicator = table.Header.IndexOf("indicator"), period = table.Header.IndexOf("period"), target = table.Header.IndexOf("target"),
            setBy = table.Header.IndexOf("set_by"), source = table.Header.IndexOf("source");
        while (table.Read())
        {
            ReadOnlySpan<char> code = table[indicator];
            int index = indicators.IndexOf(code);
            if (index < 0)
            {
                table.Problem("indicator", code.IsEmpty ? "Enter the indicator's code" : $"'{code}' is not an indicator in the indicators file");
            }

            bool periodOk = TargetChecks.TryPeriod(table[period], out ReportingPeriod p, out string? periodError);
            if (!periodOk)
            {
                table.Problem("period", periodError!);
            }

            IndicatorDefinition? definition = index < 0 ? null : indicators.All[index];
            bool targetOk = TargetChecks.TryTarget(table[target], definition, out decimal value, out string? targetError);
            if (!targetOk)
            {
                table.Problem("target", targetError!);
            }

            if (definition is null || !periodOk || !targetOk)
            {
                continue;
            }

            if (!firstLines.TryAdd((index, p), table.Line))
            {
                table.Problem("period", $"{TargetChecks.AlreadySet(definition.Code, p)} on line {firstLines[(index, p)]}");
                continue;
            }

            onRow(new TargetRow(index, p, value, table.StringOrNull(setBy), Fields.IsIllustrative(table[source]), table.Line));
        }
    }
}
