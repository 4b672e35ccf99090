using System.Globalization;

using Waymark.Areas;

namespace Waymark.Data.Files;

/// <summary>
/// Reads a DfE children's services statistical neighbour model as the benchmarking tool's sheet "LA SN Groups"
/// saves it (<c>sn_may_2025.csv</c>): <c>LA num,LA Name,LA number,GOInd,GOReg,SN1,SNP,SN2,SNP,...,SN10,SNP</c>.
/// Every <c>SNP</c> column has the same name, so each closeness is read from the column just after its neighbour.
/// As the sheet is saved, rows may stop short or run on with empty cells, and a row of empty cells is skipped; a
/// row with no number and a label such as <c>Old SNs:</c> starts a section, and the LAs under <c>Old SNs:</c> are
/// marked <see cref="NeighbourModelRow.Former"/>. A neighbour written <c>-</c> or left empty is no neighbour.
/// </summary>
public static class NeighbourModelFile
{
    /// <summary>How many neighbours each LA has in the DfE model.</summary>
    public const int MaxNeighbours = 10;

    /// <summary>The columns the file must have.</summary>
    public static IReadOnlyList<string> Columns { get; } =
        ["LA num", "LA Name", "GOReg", .. Enumerable.Range(1, MaxNeighbours).Select(n => $"SN{n}")];

    /// <summary>Reads every LA in file order, recording each bad row in <paramref name="problems"/>.</summary>
    public static IReadOnlyList<NeighbourModelRow> Read(TextReader text, string fileName, FileProblems problems) =>
        [.. ReadWithLines(text, fileName, problems).Select(r => r.Row)];

    /// <summary>Reads every LA with the line it is on.</summary>
    internal static IReadOnlyList<(NeighbourModelRow Row, long Line)> ReadWithLines(TextReader text, string fileName, FileProblems problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var rows = new List<(NeighbourModelRow, long)>();
        using CsvTable? table = CsvTable.Open(text, fileName, Columns, problems, ragged: true);
        if (table is null)
        {
            return rows;
        }

        int number = table.Header.IndexOf("LA num"), name = table.Header.IndexOf("LA Name"),
            secondNumber = table.Header.IndexOf("LA number"), region = table.Header.IndexOf("GOReg");
        int[] neighbourColumns = [.. Enumerable.Range(1, MaxNeighbours).Select(n => table.Header.IndexOf($"SN{n}"))];
        var firstLines = new Dictionary<int, long>();
        bool former = false;

        while (table.Read())
        {
            ReadOnlySpan<char> numberText = table[number];
            if (numberText.IsEmpty && table[name].EndsWith(':'))
            {
                former = table[name].StartsWith("Old", StringComparison.OrdinalIgnoreCase);
                continue;
            }

            long before = problems.Count;
            int la = LaNumber(table, number, "LA num");
            ReadOnlySpan<char> secondText = table[secondNumber];
            if (!secondText.IsEmpty && la > 0 && !secondText.Equals(numberText, StringComparison.Ordinal))
            {
                table.Problem("LA number", $"'{secondText}' is not the LA num {numberText}: the two columns must agree");
            }

            string nameText = table[name].ToString();
            if (nameText.Length == 0)
            {
                table.Problem("LA Name", "Enter the LA's name");
            }

            string regionText = table[region].ToString();
            if (regionText.Length == 0)
            {
                table.Problem("GOReg", "Enter the LA's region, such as Yorkshire and the Humber");
            }
            else if (!RegionNames.IsKnown(regionText))
            {
                table.Problem("GOReg", $"'{regionText}' is not a region of England: use one of {string.Join(", ", RegionNames.All)}");
            }

            List<StatisticalNeighbour> neighbours = Neighbours(table, neighbourColumns, la);
            if (problems.Count != before)
            {
                continue;
            }

            if (!firstLines.TryAdd(la, table.Line))
            {
                table.Problem("LA num", $"{la} is already listed on line {firstLines[la]}");
                continue;
            }

            rows.Add((new NeighbourModelRow(la, nameText, regionText, neighbours, former), table.Line));
        }

        return rows;
    }

    private static List<StatisticalNeighbour> Neighbours(CsvTable table, int[] columns, int la)
    {
        var neighbours = new List<StatisticalNeighbour>(MaxNeighbours);
        for (int i = 0; i < columns.Length; i++)
        {
            string column = $"SN{i + 1}";
            ReadOnlySpan<char> text = table[columns[i]];
            if (text.IsEmpty || text is "-")
            {
                continue;
            }

            int neighbour = LaNumber(table, columns[i], column);
            if (neighbour < 0)
            {
                continue;
            }

            if (neighbour == la)
            {
                table.Problem(column, $"{neighbour} is the LA itself: an LA is not its own neighbour");
            }
            else if (neighbours.Exists(n => n.Number == neighbour))
            {
                table.Problem(column, $"{neighbour} is already a neighbour of {la}");
            }
            else
            {
                // The closeness is the unnamed SNP column just after the neighbour.
                neighbours.Add(new StatisticalNeighbour(neighbour, table[columns[i] + 1].ToString()));
            }
        }

        return neighbours;
    }

    // A three-digit LA number, or -1 with the problem recorded.
    private static int LaNumber(CsvTable table, int column, string name)
    {
        ReadOnlySpan<char> text = table[column];
        if (text.Length == 3 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int n))
        {
            return n;
        }

        table.Problem(name, text.IsEmpty ? "Enter the LA number" : $"'{text}' is not an LA number: use the three-digit DfE number, such as 383");
        return -1;
    }
}
