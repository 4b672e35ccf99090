using Waymark.Indicators;
using Waymark.Periods;
using Waymark.Targets;

namespace Waymark.Data.Files;

/// <summary>Reads <c>targets.csv</c>: <c>indicator,period,target</c>.</summary>
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
        ArgumentNullException.ThrowIfNull(problems);
        var byIndicator = new Dictionary<ReportingPeriod, (decimal Target, long Line)>[indicators.All.Count];
        using (CsvTable? table = CsvTable.Open(text, fileName, Columns, problems))
        {
            if (table is not null)
            {
                ReadRows(table, indicators, byIndicator);
            }
        }

        var schedules = new TargetSchedule[indicators.All.Count];
        for (int i = 0; i < schedules.Length; i++)
        {
            schedules[i] = byIndicator[i] is { } set
                ? new TargetSchedule(set.Select(kv => KeyValuePair.Create(kv.Key, kv.Value.Target)))
                : TargetSchedule.Empty;
        }

        return schedules;
    }

    private static void ReadRows(CsvTable table, IndicatorSet indicators, Dictionary<ReportingPeriod, (decimal Target, long Line)>[] byIndicator)
    {
        int indicator = table.Header.IndexOf("indicator"), period = table.Header.IndexOf("period"), target = table.Header.IndexOf("target");
        while (table.Read())
        {
            ReadOnlySpan<char> code = table[indicator];
            int index = indicators.IndexOf(code);
            if (index < 0)
            {
                table.Problem("indicator", code.IsEmpty ? "Enter the indicator's code" : $"'{code}' is not an indicator in the indicators file");
            }

            bool periodOk = Fields.TryPeriod(table[period], out ReportingPeriod p, out string? periodError);
            if (!periodOk)
            {
                table.Problem("period", periodError!);
            }

            ReadOnlySpan<char> targetText = table[target];
            bool targetOk = Fields.TryNumber(targetText, out decimal? value, out string? numberError);
            if (!targetOk)
            {
                table.Problem("target", numberError!);
            }
            else if (value is null)
            {
                table.Problem("target", "Enter a target");
                targetOk = false;
            }

            if (index < 0 || !periodOk || !targetOk)
            {
                continue;
            }

            var definition = indicators.All[index];
            if (!definition.Unit.Allows(value!.Value))
            {
                table.Problem("target", $"The target {targetText} is out of range: a {definition.Unit.ToCode()} target must be {definition.Unit.AllowedRange()}");
                continue;
            }

            var set = byIndicator[index] ??= [];
            if (set.TryGetValue(p, out var first))
            {
                table.Problem("period", $"{definition.Code} already has a target for {p} on line {first.Line}");
                continue;
            }

            set.Add(p, (value.Value, table.Line));
        }
    }
}
