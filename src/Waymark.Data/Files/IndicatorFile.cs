using Waymark.Indicators;

namespace Waymark.Data.Files;

/// <summary>
/// Reads <c>indicators.csv</c>: <c>code,title,unit,polarity,frequency,aggregation,tolerance,decimals</c> and an
/// optional <c>year_type</c> (financial, academic or calendar; financial when empty). An empty tolerance is the
/// default 5%; empty decimals are 0 for a count, days, money or a score and 1 otherwise.
/// </summary>
public static class IndicatorFile
{
    /// <summary>The columns every indicators file must have.</summary>
    public static IReadOnlyList<string> Columns { get; } =
        ["code", "title", "unit", "polarity", "frequency", "aggregation", "tolerance", "decimals"];

    /// <summary>The columns an indicators file cannot do without; tolerance, decimals and year_type may be left out.</summary>
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

        int code = table.Header.IndexOf("code"), title = table.Header.IndexOf("title"), unit = table.Header.IndexOf("unit"),
            polarity = table.Header.IndexOf("polarity"), frequency = table.Header.IndexOf("frequency"),
            aggregation = table.Header.IndexOf("aggregation"), tolerance = table.Header.IndexOf("tolerance"),
            decimals = table.Header.IndexOf("decimals"), yearType = table.Header.IndexOf("year_type");
        var seen = new Dictionary<string, long>(StringComparer.OrdinalIgnoreCase);

        while (table.Read())
        {
            var entry = new IndicatorEntry
            {
                Code = table.StringOrNull(code),
                Title = table.StringOrNull(title),
                Unit = table.StringOrNull(unit),
                Polarity = table.StringOrNull(polarity),
                Frequency = table.StringOrNull(frequency),
                Aggregation = table.StringOrNull(aggregation),
                Tolerance = table.StringOrNull(tolerance),
                Decimals = table.StringOrNull(decimals),
                YearType = table.StringOrNull(yearType),
            };
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
