using System.Text.Json;

using Waymark.Testing;

namespace Waymark.Cli.Tests;

public class EvaluateSampleTests
{
    private static CliRun Evaluate(string period, string format) => CliRun.Of(
        "evaluate",
        "--indicators", RepositoryPaths.Sample("indicators.csv"),
        "--results", RepositoryPaths.Sample("results.csv"),
        "--targets", RepositoryPaths.Sample("targets.csv"),
        "--period", period,
        "--format", format);

    private static Dictionary<string, string[]> CsvRows(CliRun run) =>
        run.OutputLines.Skip(1).Select(l => l.Split(',')).ToDictionary(f => f[0]);

    [Fact]
    public void Csv_Q3_2010_11_RatesThe33IndicatorsAsSeed001Reports()
    {
        CliRun run = Evaluate("2010/11 Q3", "csv");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("indicator,period,value,target,rating,reason,direction,previous_value,predicted_year_end,predicted_rating", run.OutputLines[0]);
        var rows = CsvRows(run);
        Assert.Equal(33, rows.Count);
        var byRating = rows.Values.GroupBy(r => r[4]).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(4, byRating["red"]);
        Assert.Equal(11, byRating["amber"]);
        Assert.Equal(15, byRating["green"]);
        Assert.Equal(3, byRating["not_rated"]);
        Assert.All(rows.Values, r => Assert.Equal("2010/11 Q3", r[1]));
    }

    [Fact]
    public void Csv_Q3_2010_11_ShowsEachKindOfRuleAtWork()
    {
        var rows = CsvRows(Evaluate("Q3 2010/11", "csv"));

        // Cumulative count with only an annual target: 1150 x 3/4 = 862.5, shown and rated as 863; projected 863 x 4/3 = 1151.
        Assert.Equal(["NI 111", "2010/11 Q3", "863", "863", "green", "", "improving", "1012", "1151", "amber"], rows["NI 111"]);

        // Withheld: shown with its flag, but no rating, direction or predicted rating.
        Assert.Equal(["NI 68", "2010/11 Q3", "61.0", "65.0", "not_rated", "data_quality", "not_comparable", "58.3", "", "not_rated"], rows["NI 68"]);

        // Data only: no polarity, so increased rather than improving.
        Assert.Equal("not_rated", rows["LSP-HW2Bi"][4]);
        Assert.Equal("no_polarity", rows["LSP-HW2Bi"][5]);
        Assert.Equal("increased", rows["LSP-HW2Bi"][6]);

        // No target.
        Assert.Equal(["not_rated", "no_target"], rows["NI 19"][4..6]);

        // Exactly at the tolerance is amber; exactly on target is green.
        Assert.Equal("amber", rows["NI 67"][4]);
        Assert.Equal("green", rows["NI 51"][4]);
    }

    [Fact]
    public void Csv_Q3_2008_09_ReproducesSeed002sUnderperformanceFigures()
    {
        var rows = CsvRows(Evaluate("2008/09 Q3", "csv"));

        Assert.Equal(["NI 66", "2008/09 Q3", "77.4", "80.0", "amber", "", "not_comparable", "", "70.0", "red"], rows["NI 66"]);
        Assert.Equal(["NI 43", "2008/09 Q3", "11.3", "6.8", "red", "", "not_comparable", "", "12.0", "red"], rows["NI 43"]);
        Assert.Equal(["LSP-HW2Bi", "2008/09 Q3", "81.6", "", "not_rated", "no_polarity", "not_comparable", "", "81.6", "not_rated"], rows["LSP-HW2Bi"]);
    }

    [Fact]
    public void Table_Q3_2010_11_EndsWithTheSummaryOfSeed001()
    {
        CliRun run = Evaluate("2010/11 Q3", "table");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("Performance indicators, Q3 2010/11", run.OutputLines[0]);
        Assert.Contains("Now, 33 indicators: Red 4 (12%), Amber 11 (33%), Green 15 (45%), Unable to traffic light 3 (9%)", run.OutputLines);
        string ni66 = Assert.Single(run.OutputLines, l => l.StartsWith("NI 66 ", StringComparison.Ordinal));
        Assert.Contains("Amber", ni66, StringComparison.Ordinal);
        Assert.Contains("↑ improving", ni66, StringComparison.Ordinal);
        string ni68 = Assert.Single(run.OutputLines, l => l.StartsWith("NI 68 ", StringComparison.Ordinal));
        Assert.Contains("61.0 (withheld)", ni68, StringComparison.Ordinal);
        Assert.Contains("Not rated: withheld for data quality", ni68, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Table_Q3_2010_11_SeparatesThousandsAsTheWebPagesDo()
    {
        CliRun run = Evaluate("2010/11 Q3", "table");

        string ni111 = Assert.Single(run.OutputLines, l => l.StartsWith("NI 111 ", StringComparison.Ordinal));
        Assert.Contains(" 1,012 ", ni111, StringComparison.Ordinal);
        Assert.Contains(" 1,151 ", ni111, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_Q3_2008_09_GivesNumbersAsNumbersAndNullsForWhatDoesNotExist()
    {
        CliRun run = Evaluate("2008/09 Q3", "json");

        using JsonDocument doc = JsonDocument.Parse(run.Output);
        JsonElement ni66 = doc.RootElement.EnumerateArray().Single(e => e.GetProperty("indicator").GetString() == "NI 66");
        Assert.Equal(
            ["indicator", "period", "value", "target", "rating", "reason", "direction", "previous_value", "predicted_year_end", "predicted_rating"],
            ni66.EnumerateObject().Select(p => p.Name));
        Assert.Equal(77.4m, ni66.GetProperty("value").GetDecimal());
        Assert.Equal(80.0m, ni66.GetProperty("target").GetDecimal());
        Assert.Equal("amber", ni66.GetProperty("rating").GetString());
        Assert.Equal(JsonValueKind.Null, ni66.GetProperty("reason").ValueKind);
        Assert.Equal(JsonValueKind.Null, ni66.GetProperty("previous_value").ValueKind);
        Assert.Equal(70.0m, ni66.GetProperty("predicted_year_end").GetDecimal());
        Assert.Equal("red", ni66.GetProperty("predicted_rating").GetString());
    }

    [Fact]
    public void Out_WritesTheFileAndNothingToTheScreen()
    {
        string file = Path.Combine(Path.GetTempPath(), $"waymark-{Guid.NewGuid():N}.csv");
        try
        {
            CliRun run = CliRun.Of(
                "evaluate", "--indicators", RepositoryPaths.Sample("indicators.csv"), "--results", RepositoryPaths.Sample("results.csv"),
                "--targets", RepositoryPaths.Sample("targets.csv"), "--period", "2010/11 Q3", "--format", "csv", "--out", file);

            Assert.Equal(0, run.ExitCode);
            Assert.Equal(string.Empty, run.Output);
            string[] lines = File.ReadAllLines(file);
            Assert.Equal(34, lines.Length);
            Assert.Contains("NI 43,2010/11 Q3,8.9,6.5,red,,improving,9.6,8.9,red", lines);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
