using Waymark.Indicators;

namespace Waymark.Data.Files;

/// <summary>
/// Reads <c>indicators.csv</c>: <c>code,title,unit,polarity,frequency,aggregation,tolerance,decimals</c> and an
/// optional <c>year_type</c> (financial, academic or calendar; financial when empty), the columns of
/// <see cref="IndicatorColumn.All"/> that have a reader, each checked by <see cref="IndicatorChecks"/>. An empty
/// tolerance is the default 5%; empty decimals are 0 for a count, days, money or a score and 1 otherwise; an empty or
/// missing <c>minimum</c> or <c>maximum</c> is the unit's own (<see cref="ValueRange.For"/>).
/// </summary>
public static class IndicatorFile
{
    /// <summary>The columns every indicators file must have.</summary>
    public static IReadOnlyList<string> Columns { get; } =
        ["code", "title", "unit", "polarity", "frequency", "aggregation", "tolerance", "decimals"];

    /// <summary>The columns an indicators file cannot do without; tolerance, decimals, year_type, minimum and maximum may be left out.</summary>
    public static IReadOnlyList<string> RequiredColumns { get; } = ["code", "title", "unit", "polarity", "frequency", "aggregation"];

    /// <summary>Reads every indicator, recording each bad row in <paramref name="problems"/>.</summary>
    public static IReadOnlyList<IndicatorDefinition> Read(TextReader text, string fileName, FileProblems problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var indicators = new List<IndicatorDefinition>();
        using CsvTable? table = CsvTable.Open(text, fileName, RequiredColumns, problems);
        if (table is null)
        {
            return indicators;
        }

        var columns = IndicatorColumn.All.Where(c => c.Read is not null).Select(c => (Index: table.Header.IndexOf(c.Name), Read: c.Read!)).Where(c => c.Index >= 0).ToList();
        var seen = new Dictionary<string, long>(StringComparer.OrdinalIgnoreCase);

        while (table.Read())
        {
            var entry = new IndicatorEntry();
            foreach ((int index, Func<IndicatorEntry, string?, IndicatorEntry> read) in columns)
            {
                entry = read(entry, table.StringOrNull(index));
            }

            bool unique = true;
            if (entry.Code is { } codeText && !seen.TryAdd(codeText, table.Line))
            {
                table.Problem("code", $"'{codeText}' is already defined on line {seen[codeText]}");
                unique = false;
            }

            if (IndicatorChecks.TryCheck(entry, out IndicatorDefinition? definition, out IReadOnlyList<IndicatorEntryError> errors) && unique)
            {
                indicators.Add(definition);
            }

            foreach (IndicatorEntryError error in errors)
            {
                table.Problem(error.Field, error.Message);
            }
        }

        return indicators;
    }
}
