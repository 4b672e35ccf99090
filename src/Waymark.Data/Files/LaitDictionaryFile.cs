using System.Globalization;

using Waymark.Indicators;
using Waymark.Periods;

namespace Waymark.Data.Files;

/// <summary>
/// Reads LAIT's data dictionary (<c>lait_data_dictionary_compact.csv</c>), one measure a row, into indicator
/// definitions of annual snapshots with the default tolerance:
/// <list type="bullet">
/// <item>code: <c>Measure_short</c>; title: <c>Chart_title</c>, or <c>Measure</c> when there is none; the text of
/// the definition: <c>Chart_title</c>, the dictionary's one description of what is counted, when there is one;</item>
/// <item>polarity: <c>High</c> is higher, <c>Low</c> is lower, and <c>-</c>, <c>NA</c> or empty is none;</item>
/// <item>unit, from <c>y_axis_name</c>: a percentage when it has <c>%</c> or "percent", a rate when it says per
/// 1,000, per 10,000 or per 100,000, otherwise a number;</item>
/// <item>decimals: <c>dps</c>; when that is <c>NA</c> or empty, 0 for a count (an axis that begins "Number") and
/// 1 otherwise, the most LAIT's children's services figures are published with;</item>
/// <item>year type, so that LAIT's <c>Years</c> names the period (<see cref="ReportingPeriod.EndingIn"/>):
/// <c>Financial Year</c>, <c>Academic Year</c> and <c>Calendar Year</c> as they say; <c>Annual - January</c>
/// (the January school census) academic; <c>Annual (end of Sept)</c> (the September workforce census) calendar;
/// anything else, such as <c>Annual</c> for figures at 31 March, financial.</item>
/// </list>
/// A measure listed under a second topic is one measure with two topics: the later row must agree on polarity,
/// year type and decimals, and its decimals count when the first row had none.
/// </summary>
public static class LaitDictionaryFile
{
    /// <summary>The columns the file must have; <c>Chart_title</c> and <c>Topic</c> are read when present.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["Measure_short", "Measure", "Polarity", "y_axis_name", "dps", "Year_Type"];

    /// <summary>Reads every measure in file order, recording each bad row in <paramref name="problems"/>.</summary>
    public static IReadOnlyList<LaitMeasure> Read(TextReader text, string fileName, FileProblems problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var measures = new List<Entry>();
        using (CsvTable? table = CsvTable.Open(text, fileName, Columns, problems))
        {
            if (table is not null)
            {
                ReadRows(table, problems, measures);
            }
        }

        return [.. measures.Select(m => m.ToMeasure())];
    }

    private static void ReadRows(CsvTable table, FileProblems problems, List<Entry> measures)
    {
        int code = table.Header.IndexOf("Measure_short"), measure = table.Header.IndexOf("Measure"),
            chartTitle = table.Header.IndexOf("Chart_title"), topic = table.Header.IndexOf("Topic"),
            polarity = table.Header.IndexOf("Polarity"), axis = table.Header.IndexOf("y_axis_name"),
            dps = table.Header.IndexOf("dps"), yearType = table.Header.IndexOf("Year_Type");
        var byCode = new Dictionary<string, Entry>(StringComparer.OrdinalIgnoreCase);

        while (table.Read())
        {
            long before = problems.Count;
            string codeText = table[code].ToString();
            if (codeText.Length == 0)
            {
                table.Problem("Measure_short", "Enter the measure's short name");
            }

            string title = Given(table[chartTitle]) ? table[chartTitle].ToString() : table[measure].ToString();
            if (!Given(title))
            {
                table.Problem("Measure", "Enter the measure's title");
            }

            Polarity p = ReadPolarity(table, polarity);
            int? decimals = ReadDecimals(table, dps);
            if (problems.Count != before)
            {
                continue;
            }

            string axisText = table[axis].ToString();
            var entry = new Entry(codeText, title, Given(table[chartTitle]) ? table[chartTitle].ToString() : null, UnitOf(axisText), p, YearTypeOf(table[yearType]), decimals, DefaultDecimals(axisText), table.Line);
            string topicText = table[topic].ToString();
            if (!byCode.TryGetValue(codeText, out Entry? first))
            {
                entry.AddTopic(topicText);
                byCode.Add(codeText, entry);
                measures.Add(entry);
            }
            else if (first.Merge(entry, topicText) is { } disagreement)
            {
                table.Problem(disagreement.Column, disagreement.Message);
            }
        }
    }

    private static bool Given(ReadOnlySpan<char> text) => !text.IsEmpty && !text.Equals("NA", StringComparison.OrdinalIgnoreCase);

    private static Polarity ReadPolarity(CsvTable table, int column)
    {
        ReadOnlySpan<char> text = table[column];
        if (text.Equals("High", StringComparison.OrdinalIgnoreCase))
        {
            return Polarity.Higher;
        }

        if (text.Equals("Low", StringComparison.OrdinalIgnoreCase))
        {
            return Polarity.Lower;
        }

        if (!Given(text) || text is "-")
        {
            return Polarity.None;
        }

        table.Problem("Polarity", $"'{text}' is not a polarity: use High, Low, or - for none");
        return Polarity.None;
    }

    private static int? ReadDecimals(CsvTable table, int column)
    {
        ReadOnlySpan<char> text = table[column];
        if (!Given(text))
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int d) && d <= IndicatorDefinition.MaxDecimals)
        {
            return d;
        }

        table.Problem("dps", $"'{text}' is not a number of decimal places: use a whole number from 0 to {IndicatorDefinition.MaxDecimals}, or NA");
        return null;
    }

    private static int DefaultDecimals(string axis) => axis.StartsWith("Number", StringComparison.OrdinalIgnoreCase) ? 0 : 1;

    private static YearType YearTypeOf(ReadOnlySpan<char> text)
    {
        if (text.Equals("Academic Year", StringComparison.OrdinalIgnoreCase) || text.Equals("Annual - January", StringComparison.OrdinalIgnoreCase))
        {
            return YearType.Academic;
        }

        if (text.Equals("Calendar Year", StringComparison.OrdinalIgnoreCase) || text.Equals("Annual (end of Sept)", StringComparison.OrdinalIgnoreCase))
        {
            return YearType.Calendar;
        }

        return YearType.Financial;
    }

    private static Unit UnitOf(string axis)
    {
        if (axis.Contains('%', StringComparison.Ordinal) || axis.Contains("percent", StringComparison.OrdinalIgnoreCase))
        {
            return Unit.Percent;
        }

        for (int per = axis.IndexOf("per ", StringComparison.OrdinalIgnoreCase); per >= 0; per = axis.IndexOf("per ", per + 4, StringComparison.OrdinalIgnoreCase))
        {
            string number = new([.. axis[(per + 4)..].TakeWhile(c => char.IsAsciiDigit(c) || c == ',').Where(c => c != ',')]);
            switch (number)
            {
                case "1000":
                    return Unit.RatePer1000;
                case "10000":
                    return Unit.RatePer10000;
                case "100000":
                    return Unit.RatePer100000;
            }
        }

        return Unit.Number;
    }

    private sealed class Entry(string code, string title, string? text, Unit unit, Polarity polarity, YearType yearType, int? decimals, int defaultDecimals, long line)
    {
        public Polarity Polarity => polarity;

        public YearType YearType => yearType;

        public int? Decimals { get; private set; } = decimals;

        public List<string> Topics { get; } = [];

        public LaitMeasure ToMeasure() => new(
            new IndicatorDefinition(code, title, unit, polarity, Frequency.Annual, Aggregation.Snapshot, null, Decimals ?? defaultDecimals, yearType) { Text = text },
            Topics);

        public void AddTopic(string topic)
        {
            if (topic.Length > 0 && !Topics.Contains(topic))
            {
                Topics.Add(topic);
            }
        }

        // The measure listed again under another topic; what the two rows disagree on, if anything.
        public (string Column, string Message)? Merge(Entry again, string topic)
        {
            if (again.Polarity != polarity)
            {
                return ("Polarity", $"{code} is listed on line {line} with polarity {polarity.ToCode()}, here {again.Polarity.ToCode()}: a measure has one polarity");
            }

            if (again.YearType != yearType)
            {
                return ("Year_Type", $"{code} is listed on line {line} with year type {yearType.ToCode()}, here {again.YearType.ToCode()}: a measure has one year type");
            }

            if (again.Decimals is { } theirs && Decimals is { } mine && theirs != mine)
            {
                return ("dps", $"{code} is listed on line {line} with {mine} decimal places, here {theirs}: a measure has one number of decimal places");
            }

            Decimals ??= again.Decimals;
            AddTopic(topic);
            return null;
        }
    }
}
