using System.Text.Json;

using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Waymark.Cli.Tests;

// The figures are those worked out by hand from the published files in tests/Waymark.Data.Tests/Benchmarking
// (PublishedBenchmarkTests), here read back from a store filled by waymark import.
public sealed class BenchmarkCommandTests(PublishedStore store) : IClassFixture<PublishedStore>
{
    private const string Header = "measure,period,area,value,england,region,statistical_neighbours,neighbours_with_data,rank,of,quartile";

    private CliRun Benchmark(params string[] args) => CliRun.Of(["benchmark", .. args, "--database", store.Database]);

    private string[] Csv(string measure, string area, string period, params string[] more)
    {
        CliRun run = Benchmark(["--measure", measure, "--area", area, "--period", period, "--format", "csv", .. more]);
        Assert.Equal(string.Empty, run.Error);
        Assert.Equal(0, run.ExitCode);
        return run.OutputLines;
    }

    [Fact]
    public void Csv_LeedsConferencesOnTime2023To24_Rank147Of150BandDNeighbours77Point5FromTen()
    {
        Assert.Equal([Header, "CP_conf_15days,2023/24,383,46.3,79.7,75.1,77.5,10,147,150,D"], Csv("CP_conf_15days", "383", "2023/24"));
    }

    [Fact]
    public void Csv_SalfordByName_OnTheMedianIsBandC()
    {
        Assert.Equal([Header, "CP_conf_15days,2023/24,355,81.6,79.7,81.5,77.9,10,75,150,C"], Csv("CP_conf_15days", "salford", "2023/24"));
    }

    [Fact]
    public void Csv_ReReferrals2023To24_LeedsAndHaltonTieAt118Of149()
    {
        Assert.Equal([Header, "ReReferral,2023/24,383,24.2,22.4,21.7,22.4,10,118,149,D"], Csv("ReReferral", "Leeds", "2023/24"));
        Assert.Equal([Header, "ReReferral,2023/24,876,24.2,22.4,21.2,20.8,10,118,149,D"], Csv("ReReferral", "Halton", "2023/24"));
    }

    [Fact]
    public void Csv_PlansLastingTwoYears2023To24_58LasSuppressed_SixNeighboursWithData()
    {
        Assert.Equal([Header, "CPPlans2yrsActive,2023/24,383,3.1,2.6,2.4,2.8,6,51,100,C"], Csv("CPPlans2yrsActive", "383", "2023/24"));
    }

    [Fact]
    public void Csv_LeedsSuppressed2019To20_HasItsComparatorsButNoRankOrBand()
    {
        Assert.Equal([Header, "CPPlans2yrsActive,2019/20,383,,2.1,1.8,2.0,7,,91,"], Csv("CPPlans2yrsActive", "383", "2019/20"));
    }

    [Fact]
    public void Csv_April2021Model_AveragesThatModelsNeighbours()
    {
        // Leeds' neighbours in the April 2021 model: 373 73.5, 841 81.2, 381 92.2, 351 72.6, 808 71.5, 350 85.4,
        // 831 88.6, 392 85.2, 382 78.7, 344 68.2: 797.1 / 10 = 79.71, shown 79.7.
        Assert.Equal([Header, "CP_conf_15days,2023/24,383,46.3,79.7,75.1,79.7,10,147,150,D"], Csv("CP_conf_15days", "383", "2023/24", "--model", "April 2021"));
    }

    [Fact]
    public void Table_Leeds_ShowsEachFigureWithItsLabel()
    {
        CliRun run = Benchmark("--measure", "CP_conf_15days", "--area", "383", "--period", "2023/24");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            [
                "Leeds (383): CP_conf_15days, 2023/24 (higher is better)",
                "Initial child protection conferences held within 15 days of the start of the section 47 enquiries which led to a conference (%)",
                "Leeds                           46.3",
                "England                         79.7",
                "Yorkshire and the Humber        75.1",
                "Statistical neighbours          77.5  10 neighbours with data, May 2025 model",
                "Rank                      147 of 150  1 is the best",
                "Quartile band                      D  A is the best quarter of LAs, D the worst",
            ],
            run.OutputLines);
    }

    [Fact]
    public void Json_Leeds_GivesNumbersAsNumbersAndNoneAsNull()
    {
        CliRun run = Benchmark("--measure", "CPPlans2yrsActive", "--area", "383", "--period", "2019/20", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using JsonDocument json = JsonDocument.Parse(run.Output);
        JsonElement leeds = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal("383", leeds.GetProperty("area").GetString());
        Assert.Equal(JsonValueKind.Null, leeds.GetProperty("value").ValueKind);
        Assert.Equal("2.0", leeds.GetProperty("statistical_neighbours").GetRawText());
        Assert.Equal(7, leeds.GetProperty("neighbours_with_data").GetInt32());
        Assert.Equal(91, leeds.GetProperty("of").GetInt32());
        Assert.Equal(JsonValueKind.Null, leeds.GetProperty("rank").ValueKind);
    }

    [Theory]
    [InlineData("CP_conf_15day", "383", "2023/24", null, "--measure: there is no measure 'CP_conf_15day' in the store: give the code LAIT uses, such as CP_conf_15days, after importing the LAIT data dictionary")]
    [InlineData("CP_conf_15days", "Leed", "2023/24", null, "--area: there is no LA 'Leed' in the store: give its three-digit DfE number, such as 383, or its name, such as Leeds")]
    [InlineData("CP_conf_15days", "982", "2023/24", null, "--area: there is no LA '982' in the store: give its three-digit DfE number, such as 383, or its name, such as Leeds")]
    [InlineData("CP_conf_15days", "383", "2030/31", null, "--period: there are no figures for CP_conf_15days in 2030/31: the store has CP_conf_15days for 2015/16, 2016/17, 2017/18, 2018/19, 2019/20, 2020/21, 2021/22, 2022/23, 2023/24, 2024/25")]
    [InlineData("CP_conf_15days", "383", "2023/24", "June 2019", "--model: there is no neighbour model 'June 2019': the store has May 2025, April 2021")]
    public void UnknownMeasureAreaPeriodOrModel_IsNamedAndNothingIsWritten(string measure, string area, string period, string? model, string error)
    {
        string[] args = ["--measure", measure, "--area", area, "--period", period, .. model is null ? (string[])[] : ["--model", model]];

        CliRun run = Benchmark(args);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        Assert.Equal([error], run.ErrorLines);
    }

    [Fact]
    public void Csv_TwoAreas_GivesEachLaTheFiguresItGetsAlone()
    {
        Assert.Equal(
            [Header, "CP_conf_15days,2023/24,383,46.3,79.7,75.1,77.5,10,147,150,D", "CP_conf_15days,2023/24,355,81.6,79.7,81.5,77.9,10,75,150,C"],
            Csv("CP_conf_15days", "383", "2023/24", "--area", "Salford"));
    }

    [Fact]
    public void Csv_TwoMeasuresTwoAreas_GivesARowForEachMeasureAndLaAsEachGetsAlone()
    {
        string[] lines = Csv("ReReferral", "383", "2023/24", "--area", "876", "--measure", "CP_conf_15days");

        Assert.Equal(
            [
                Header,
                "ReReferral,2023/24,383,24.2,22.4,21.7,22.4,10,118,149,D",
                "ReReferral,2023/24,876,24.2,22.4,21.2,20.8,10,118,149,D",
                "CP_conf_15days,2023/24,383,46.3,79.7,75.1,77.5,10,147,150,D",
                "CP_conf_15days,2023/24,876,84.2,79.7,81.5,82.1,10,60,150,B",
            ],
            lines);
        Assert.Equal(lines[4], Csv("CP_conf_15days", "876", "2023/24")[1]);
    }

    [Fact]
    public void Csv_AllAreas_GivesTheSameRowsAsTheExportOfEveryLa()
    {
        CliRun all = Benchmark("--measure", "ReReferral", "--all-areas", "--period", "2023/24", "--format", "csv");
        CliRun export = CliRun.Of("export", "benchmarks", "--measure", "ReReferral", "--period", "2023/24", "--format", "csv", "--database", store.Database);

        Assert.Equal(0, all.ExitCode);
        Assert.Equal(159, all.OutputLines.Length);
        Assert.Equal(export.OutputLines, all.OutputLines);
    }

    [Fact]
    public void Csv_AllAreasTwoMeasures_GivesEveryLaOfEachMeasureInTurn()
    {
        CliRun run = Benchmark("--measure", "ReReferral", "--measure", "CP_conf_15days", "--all-areas", "--period", "2023/24", "--format", "csv");
        string[] lines = run.OutputLines;

        Assert.Equal(0, run.ExitCode);

        Assert.Equal(1 + 158 + 158, lines.Length);
        Assert.All(lines.Skip(1).Take(158), l => Assert.StartsWith("ReReferral,", l, StringComparison.Ordinal));
        Assert.All(lines.Skip(159), l => Assert.StartsWith("CP_conf_15days,", l, StringComparison.Ordinal));
        Assert.Contains("CP_conf_15days,2023/24,355,81.6,79.7,81.5,77.9,10,75,150,C", lines);
    }

    [Fact]
    public void Table_TwoAreas_ShowsALineAnLaAndWhatTheColumnsMean()
    {
        CliRun run = Benchmark("--measure", "CP_conf_15days", "--area", "383", "--area", "355", "--period", "2023/24");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            [
                "CP_conf_15days, 2023/24 (higher is better): 2 LAs",
                "Initial child protection conferences held within 15 days of the start of the section 47 enquiries which led to a conference (%)",
                "LA             Value  England  Region  Neighbours        Rank  Band",
                "Leeds (383)     46.3     79.7    75.1        77.5  147 of 150  D",
                "Salford (355)   81.6     79.7    81.5        77.9   75 of 150  C",
                "Region: the LA's region. Neighbours: the average of the LA's statistical neighbours with data, the May 2025 model.",
                "Rank 1 is the best; band A is the best quarter of LAs, D the worst; - is no value.",
            ],
            run.OutputLines);
    }

    [Theory]
    [InlineData(new[] { "--measure", "CP_conf_15days", "--period", "2023/24" }, "--area: give the LA with --area (repeat it for more than one), or --all-areas for every LA")]
    [InlineData(new[] { "--measure", "CP_conf_15days", "--area", "383", "--all-areas", "--period", "2023/24" }, "--area: give --area or --all-areas, not both")]
    [InlineData(new[] { "--measure", "CP_conf_15days", "--area", "383", "--area", "Leed", "--period", "2023/24" }, "--area: there is no LA 'Leed' in the store: give its three-digit DfE number, such as 383, or its name, such as Leeds")]
    [InlineData(new[] { "--measure", "CP_conf_15days", "--measure", "Referals", "--all-areas", "--period", "2023/24" }, "--measure: there is no measure 'Referals' in the store: give the code LAIT uses, such as CP_conf_15days, after importing the LAIT data dictionary")]
    public void SeveralAreasOrMeasures_AWrongOneOrAMissingChoice_IsNamedAndNothingIsWritten(string[] args, string error)
    {
        CliRun run = Benchmark(args);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        Assert.Equal([error], run.ErrorLines);
    }

    [Fact]
    public void ExportBenchmarks_Csv_GivesEveryLaWithTheSameFigures()
    {
        CliRun run = CliRun.Of("export", "benchmarks", "--measure", "ReReferral", "--period", "2023/24", "--format", "csv", "--database", store.Database);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(Header, run.OutputLines[0]);
        Assert.Equal(159, run.OutputLines.Length);
        Assert.Contains("ReReferral,2023/24,383,24.2,22.4,21.7,22.4,10,118,149,D", run.OutputLines);
        Assert.Contains("ReReferral,2023/24,876,24.2,22.4,21.2,20.8,10,118,149,D", run.OutputLines);
        Assert.Equal(149, run.OutputLines.Skip(1).Count(l => l.Split(',')[8].Length > 0));
        Assert.Equal(run.OutputLines.Skip(1).OrderBy(l => l, StringComparer.Ordinal), run.OutputLines.Skip(1));
    }

    [Fact]
    public void ExportBenchmarks_Xlsx_WritesAWorkbookWithARowPerLa()
    {
        string path = store.PathOf("benchmarks.xlsx");

        CliRun run = CliRun.Of("export", "benchmarks", "--measure", "CP_conf_15days", "--period", "2023/24", "--format", "xlsx", "--out", path, "--database", store.Database);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal($"Wrote 158 benchmarks to {path}", run.Output.TrimEnd());
        using SpreadsheetDocument workbook = SpreadsheetDocument.Open(path, isEditable: false);
        var rows = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>().ToList();
        Assert.Equal(159, rows.Count);
    }

    [Fact]
    public void ExportBenchmarks_WithoutMeasure_IsRefused()
    {
        CliRun run = CliRun.Of("export", "benchmarks", "--period", "2023/24", "--format", "csv", "--database", store.Database);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(["--measure: benchmarks are of one measure; give its code, such as --measure CP_conf_15days"], run.ErrorLines);
    }

    [Fact]
    public void Benchmark_StoreWithNoSchemaYet_IsBroughtUpToDateThenSaysItHasNoLas()
    {
        string path = store.PathOf("empty-benchmark.db");
        File.WriteAllBytes(path, []);

        CliRun run = CliRun.Of("benchmark", "--measure", "CP_conf_15days", "--area", "383", "--period", "2023/24", "--database", $"sqlite:{path}");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(["--area: there is no LA '383' in the store: the store has no LAs; import them with waymark import areas"], run.ErrorLines);
    }
}
