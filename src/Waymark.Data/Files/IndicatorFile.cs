using System.Globalization;

using Waymark.Indicators;
using Waymark.Periods;

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
            long before = problems.Count;
            string codeText = table[code].ToString();
            if (codeText.Length == 0)
            {
                table.Problem("code", "Enter the indicator's code");
            }
            else if (seen.TryGetValue(codeText, out long firstLine))
            {
                table.Problem("code", $"'{codeText}' is already defined on line {firstLine}");
            }
            else
            {
                seen.Add(codeText, table.Line);
            }

            string titleText = table[title].ToString();
            if (titleText.Length == 0)
            {
                table.Problem("title", "Enter the indicator's title");
            }

            Unit u = Word<Unit>(table, unit, "unit", IndicatorCodes.TryParseUnit, IndicatorCodes.UnitChoices);
            Polarity p = Word<Polarity>(table, polarity, "polarity", IndicatorCodes.TryParsePolarity, IndicatorCodes.PolarityChoices);
            Frequency f = Word<Frequency>(table, frequency, "frequency", IndicatorCodes.TryParseFrequency, IndicatorCodes.FrequencyChoices);
            Aggregation a = Word<Aggregation>(table, aggregation, "aggregation", IndicatorCodes.TryParseAggregation, IndicatorCodes.AggregationChoices);
            YearType y = table[yearType].IsEmpty
                ? YearType.Financial
                : Word<YearType>(table, yearType, "year_type", IndicatorCodes.TryParseYearType, IndicatorCodes.YearTypeChoices);

            if (!Tolerance.TryParse(table[tolerance], out Tolerance t, out string? toleranceError))
            {
                table.Problem("tolerance", toleranceError);
            }

            int d = u is Unit.Number or Unit.Days or Unit.Currency or Unit.Score ? 0 : 1;
            ReadOnlySpan<char> decimalsText = table[decimals];
            if (!decimalsText.IsEmpty
                && (!int.TryParse(decimalsText, NumberStyles.None, CultureInfo.InvariantCulture, out d) || d > IndicatorDefinition.MaxDecimals))
            {
                table.Problem("decimals", $"'{decimalsText}' is not a number of decimal places: use a whole number from 0 to {IndicatorDefinition.MaxDecimals}");
            }

            if (problems.Count == before)
            {
                indicators.Add(new IndicatorDefinition(codeText, titleText, u, p, f, a, t, d, y));
            }
        }

        return indicators;
    }

    private delegate bool WordParser<T>(ReadOnlySpan<char> text, out T value);

    private static T Word<T>(CsvTable table, int column, string name, WordParser<T> parse, string choices)
        where T : struct
    {
        ReadOnlySpan<char> text = table[column];
        if (parse(text, out T value))
        {
            return value;
        }

        table.Problem(name, text.IsEmpty ? $"Enter the {name.Replace('_', ' ')}: {choices}" : $"'{text}' is not a {name.Replace('_', ' ')}: use {choices}");
        return default;
    }
}
