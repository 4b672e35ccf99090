namespace Waymark.Data.Files;

/// <summary>
/// Which columns of a DfE tidy statistics file hold a measure's figures: one line of a mapping file
/// (<c>measure,value,numerator,denominator,filter_column,filter_value</c>).
/// </summary>
/// <param name="Measure">The code of the stored indicator the figures belong to, such as <c>PrevRegCPR</c>.</param>
/// <param name="Value">The column of the published value.</param>
/// <param name="Numerator">The column of the count the value was worked out from; none when the file gives none.</param>
/// <param name="Denominator">The column of what the count is out of; given exactly when the numerator is.</param>
/// <param name="FilterColumn">A column that picks the rows the measure is read from, such as a breakdown's; none to read every row.</param>
/// <param name="FilterValue">The value <see cref="FilterColumn"/> must have.</param>
/// <param name="Line">The mapping file's line.</param>
public sealed record TidyMeasure(string Measure, string Value, string? Numerator, string? Denominator, string? FilterColumn, string? FilterValue, long Line);

/// <summary>A mapping file: its name, for messages, and its measures.</summary>
/// <param name="FileName">The mapping file's name.</param>
/// <param name="Measures">The measures it maps, in the file's order.</param>
public sealed record TidyMapping(string FileName, IReadOnlyList<TidyMeasure> Measures)
{
    /// <summary>The mapping file's columns: the first two are required.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["measure", "value", "numerator", "denominator", "filter_column", "filter_value"];

    /// <summary>
    /// Reads a mapping file, or adds to <paramref name="problems"/> every line that is wrong: a line needs a measure
    /// and a value column, a numerator column exactly when it has a denominator column, a filter value exactly when it
    /// has a filter column, and a measure appears once.
    /// </summary>
    public static TidyMapping? Read(TextReader text, string fileName, FileProblems problems)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(problems);
        var measures = new List<TidyMeasure>();
        long before = problems.Count;
        using (CsvTable? table = CsvTable.Open(text, fileName, ["measure", "value"], problems))
        {
            if (table is null)
            {
                return null;
            }

            int[] at = [.. Columns.Select(table.Header.IndexOf)];
            var lines = new Dictionary<string, long>(StringComparer.OrdinalIgnoreCase);
            while (table.Read())
            {
                string? measure = table.StringOrNull(at[0]), value = table.StringOrNull(at[1]), numerator = table.StringOrNull(at[2]),
                    denominator = table.StringOrNull(at[3]), filterColumn = table.StringOrNull(at[4]), filterValue = table.StringOrNull(at[5]);
                bool ok = true;
                void Problem(string column, string message)
                {
                    table.Problem(column, message);
                    ok = false;
                }

                if (measure is null)
                {
                    Problem("measure", "Enter the code of the measure the columns hold, such as PrevRegCPR");
                }
                else if (lines.TryGetValue(measure, out long first))
                {
                    Problem("measure", $"{measure} is mapped already on line {first}: map each measure once");
                }

                if (value is null)
                {
                    Problem("value", "Enter the column that holds the measure's published value, such as CPP_subsequent_percent");
                }

                if ((numerator is null) != (denominator is null))
                {
                    Problem(numerator is null ? "numerator" : "denominator", "Give both the numerator's column and the denominator's, or neither");
                }

                if ((filterColumn is null) != (filterValue is null))
                {
                    Problem(filterColumn is null ? "filter_column" : "filter_value", "Give both the filter column and the value it must have, or neither");
                }

                if (ok)
                {
                    lines[measure!] = table.Line;
                    measures.Add(new TidyMeasure(measure!, value!, numerator, denominator, filterColumn, filterValue, table.Line));
                }
            }
        }

        if (problems.Count == before && measures.Count == 0)
        {
            problems.Add(fileName, 1, null, "The mapping has no measures: add a line such as PrevRegCPR,CPP_subsequent_percent,CPP_subsequent,CPP_start");
        }

        return problems.Count == before ? new TidyMapping(fileName, measures) : null;
    }
}
