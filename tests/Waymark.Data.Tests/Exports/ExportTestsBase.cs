using Waymark.Data.Evaluation;
using Waymark.Data.Exports;
using Waymark.Data.Files;
using Waymark.Data.Imports;
using Waymark.Data.Measures;
using Waymark.Data.Store;
using Waymark.Data.Tests.Imports;
using Waymark.Evaluation;
using Waymark.Indicators;
using Waymark.Periods;
using Waymark.Ratings;
using Waymark.Results;
using Waymark.Testing;

namespace Waymark.Data.Tests.Exports;

/// <summary>The export tests on the Leeds sample, run against each database engine by a subclass.</summary>
public abstract class ExportTestsBase : IAsyncLifetime
{
    private const string ResultHeader = "indicator,period,value,numerator,denominator,target,rating,reason,direction,previous_value,predicted_year_end,predicted_rating,data_quality,provisional,commentary";

    private readonly FakeClock clock = new(new DateTimeOffset(2011, 3, 17, 9, 0, 0, TimeSpan.Zero));

    protected DatabaseLocation Location { get; set; } = DatabaseLocation.Default;

    public abstract Task InitializeAsync();

    public abstract Task DisposeAsync();

    /// <summary>Brings the empty database to the current schema and imports the Leeds sample into it.</summary>
    protected async Task MigrateAndImportSampleAsync()
    {
        await using (WaymarkDb db = Open())
        {
            await SchemaMigrator.MigrateAsync(db, clock);
        }

        foreach (string kind in (string[])["indicators", "targets", "results"])
        {
            Importer import = Importers.ByKind[kind];
            await using WaymarkDb db = Open();
            using StreamReader file = File.OpenText(RepositoryPaths.Sample(kind + ".csv"));
            ImportReport report = await import(db, file, kind + ".csv", Options(), CancellationToken.None);
            Assert.True(report.Succeeded, string.Join('\n', report.Problems.Kept));
        }
    }

    [Fact]
    public async Task Results_EveryPeriod_GiveOneRowPerStoredResultByIndicatorThenPeriod()
    {
        string[] lines = await ResultsCsvAsync();

        Assert.Equal(ResultHeader, lines[0]);
        Assert.Equal(99, lines.Length - 1);
        Assert.Equal(
            ["NI 19,2009/10 Q3", "NI 19,2010/11 Q3", "NI 43,2008/09 Q1", "NI 43,2008/09 Q2", "NI 43,2008/09 Q3", "NI 43,2008/09 Q4", "NI 43,2009/10 Q1"],
            lines.Skip(1).Take(7).Select(l => string.Join(',', l.Split(',')[..2])));
        Assert.StartsWith("LSP-HW2Bi,2010/11 Q4,", lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Results_Q3_2008_09_RateNI66AndNI43AsTheBoardReportDid()
    {
        string[] lines = await ResultsCsvAsync(period: "2008/09 Q3");

        Assert.Equal(4, lines.Length);
        Assert.StartsWith("NI 43,2008/09 Q3,11.3,,,6.8,red,,not_comparable,,12.0,red,ok,no,Q3 (11.3%) and predicted full year (12%) far above", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("NI 66,2008/09 Q3,77.4,,,80.0,amber,,not_comparable,,70.0,red,ok,no,\"77.4% of looked after children's reviews held on time", lines[2], StringComparison.Ordinal);
        Assert.StartsWith("LSP-HW2Bi,2008/09 Q3,81.6,,,,not_rated,no_polarity,not_comparable,,81.6,not_rated,ok,no,", lines[3], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Results_Q3_2010_11_GiveTheRatingsOfTheBoardsSummary()
    {
        string[][] rows = [.. (await ResultsCsvAsync(period: "Q3 2010/11")).Skip(1).Select(l => l.Split(','))];

        Assert.Equal(33, rows.Length);
        var byRating = rows.GroupBy(r => r[6]).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal((4, 11, 15, 3), (byRating["red"], byRating["amber"], byRating["green"], byRating["not_rated"]));
        Assert.Equal(["NI 111", "2010/11 Q3", "863", "", "", "863", "green", "", "improving", "1012", "1151", "amber", "ok", "no"], rows.Single(r => r[0] == "NI 111")[..14]);
        Assert.Equal(["NI 68", "2010/11 Q3", "61.0", "", "", "65.0", "not_rated", "data_quality", "not_comparable", "58.3", "", "not_rated", "withheld"], rows.Single(r => r[0] == "NI 68")[..13]);
        Assert.Equal(["NI 60", "2010/11 Q3", "75.5", "1509", "2000", "75.5", "green", "", "improving", "68.0", "75.5", "green"], rows.Single(r => r[0] == "NI 60")[..12]);
        Assert.Equal(["LSP-HW2Bi", "2010/11 Q3", "87.4", "1452", "166100", "", "not_rated", "no_polarity", "increased", "85.9"], rows.Single(r => r[0] == "LSP-HW2Bi")[..10]);
    }

    [Fact]
    public async Task Results_OneIndicator_CompareEachQuarterWithTheSameQuarterAYearEarlier()
    {
        string[][] rows = [.. (await ResultsCsvAsync(indicator: "ni 66")).Skip(1).Select(l => l.Split(','))];

        Assert.Equal(12, rows.Length);
        Assert.All(rows, r => Assert.Equal("NI 66", r[0]));
        Assert.Equal(
            [
                "2008/09 Q1 79.0 80.0 amber not_comparable ",
                "2008/09 Q2 78.1 80.0 amber not_comparable ",
                "2008/09 Q3 77.4 80.0 amber not_comparable ",
                "2008/09 Q4 72.0 80.0 red not_comparable ",
                "2009/10 Q1 80.5 85.0 red improving 79.0",
                "2009/10 Q2 82.0 85.0 amber improving 78.1",
                "2009/10 Q3 83.2 85.0 amber improving 77.4",
                "2009/10 Q4 84.1 85.0 amber improving 72.0",
            ],
            rows.Take(8).Select(r => string.Join(' ', r[1], r[2], r[5], r[6], r[8], r[9])));
    }

    [Fact]
    public async Task Results_Xlsx_HoldTheFiguresAsNumbersAtTheIndicatorsDecimals()
    {
        await using WaymarkDb db = Open();
        IndicatorSelection indicators = (await IndicatorSelection.LoadAsync(db, "NI 66"))!;

        Workbook workbook = await Workbook.WriteAsync(ResultExport.Create(db, indicators, ReportingPeriod.Parse("2008/09 Q3")));

        Assert.Equal(1, workbook.Rows);
        Assert.Contains("<x:c r=\"C2\" s=\"3\"><x:v>77.4</x:v></x:c>", workbook.Part("xl/worksheets/sheet1.xml"), StringComparison.Ordinal);
        Assert.Equal(("77.4", "0.0"), (workbook.Cell("results", "C2").Cell!.CellValue!.Text, workbook.Cell("results", "C2").NumberFormat));
        Assert.Equal(("80.0", "0.0"), (workbook.Cell("results", "F2").Cell!.CellValue!.Text, workbook.Cell("results", "F2").NumberFormat));
        Assert.Equal("amber", workbook.Cell("results", "G2").Cell!.InlineString!.InnerText);
        Assert.Equal("70.0", workbook.Cell("results", "K2").Cell!.CellValue!.Text);
        Assert.Equal("red", workbook.Cell("results", "L2").Cell!.InlineString!.InnerText);
        Assert.Empty(workbook.ValidationErrors());
    }

    [Fact]
    public async Task Results_Json_KeepTheTargetsDecimals()
    {
        await using WaymarkDb db = Open();
        IndicatorSelection indicators = (await IndicatorSelection.LoadAsync(db, "NI 66"))!;
        var text = new StringWriter();

        await JsonTableWriter.WriteAsync(ResultExport.Create(db, indicators, ReportingPeriod.Parse("2008/09 Q3")), text);

        Assert.Contains("\"target\": 80.0,", text.ToString(), StringComparison.Ordinal);
        Assert.Contains("\"predicted_year_end\": 70.0,", text.ToString(), StringComparison.Ordinal);
        Assert.Contains("\"reason\": null,", text.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Results_PeriodWithNoResults_IsJustTheHeader()
    {
        string[] lines = await ResultsCsvAsync(period: "2020/21 Q1");

        Assert.Equal([ResultHeader], lines);
    }

    [Fact]
    public async Task Results_OfAnIndicatorImportedAfterTheSelection_AreLeftOut()
    {
        await using WaymarkDb db = Open();
        IndicatorSelection indicators = (await IndicatorSelection.LoadAsync(db, null))!;
        await using (WaymarkDb other = Open())
        {
            Assert.True((await IndicatorImport.ImportAsync(other, new StringReader("code,title,unit,polarity,frequency,aggregation\nNI 999,New,percent,higher,quarterly,snapshot\n"), "new.csv", Options())).Succeeded);
        }

        await using (WaymarkDb other = Open())
        {
            Assert.True((await ResultImport.ImportAsync(other, new StringReader("indicator,period,value\nNI 999,2008/09 Q3,50\n"), "new.csv", Options())).Succeeded);
        }

        string[] lines = await CsvLinesAsync(ResultExport.Create(db, indicators, ReportingPeriod.Parse("2008/09 Q3")));

        Assert.Equal(["NI 43", "NI 66", "LSP-HW2Bi"], lines.Skip(1).Select(l => l.Split(',')[0]));
    }

    [Fact]
    public async Task Selection_UnknownCode_IsNothing()
    {
        await using WaymarkDb db = Open();

        Assert.Null(await IndicatorSelection.LoadAsync(db, "NI 999"));
        Assert.Equal(33, (await IndicatorSelection.LoadAsync(db, null))!.Indicators.Count);
    }

    [Fact]
    public async Task Indicators_Csv_UseTheWordsTheImportReads()
    {
        string[] lines = await IndicatorsCsvAsync();

        Assert.Equal("code,title,unit,polarity,frequency,aggregation,tolerance,decimals,year_type,minimum,maximum,version,definition", lines[0]);
        Assert.Equal(34, lines.Length);
        Assert.Equal("NI 19,Rate of proven re-offending by young offenders,number,lower,quarterly,snapshot,5%,2,financial,,,1,", lines[1]);
        Assert.Contains("NI 53,Prevalence of breastfeeding at 6-8 weeks from birth,percent,higher,quarterly,ratio,10%,1,financial,,,1,", lines);
        Assert.Contains("NI 87,Secondary school persistent absence rate,percent,lower,quarterly,snapshot,0.5,1,financial,,,1,", lines);
        Assert.Contains("LSP-HW2Bi,\"Number of children looked after and rate per 10,000\",rate_per_10000,none,quarterly,snapshot,5%,1,financial,,,1,", lines);
    }

    [Fact]
    public async Task Indicators_ExportedCsv_ImportsAgainUnchanged()
    {
        string exported = string.Join('\n', await IndicatorsCsvAsync()) + "\n";

        ImportReport again;
        await using (WaymarkDb db = Open())
        {
            again = await IndicatorImport.ImportAsync(db, new StringReader(exported), "indicators.csv", Options());
        }

        Assert.Equal((33L, 0L, 0L, 33L), (again.Rows, again.Added, again.Changed, again.Unchanged));
        Assert.Equal(exported, string.Join('\n', await IndicatorsCsvAsync()) + "\n");
        var problems = new FileProblems();
        IReadOnlyList<IndicatorDefinition> sample = IndicatorFile.Read(File.OpenText(RepositoryPaths.Sample("indicators.csv")), "indicators.csv", problems);
        IReadOnlyList<IndicatorDefinition> read = IndicatorFile.Read(new StringReader(exported), "exported.csv", problems);
        Assert.False(problems.Any);
        Assert.Equal(sample, read);
    }

    [Fact]
    public async Task Indicators_OneIndicator_IsOneRow()
    {
        string[] lines = await IndicatorsCsvAsync("NI 111");

        Assert.Equal(["code,title,unit,polarity,frequency,aggregation,tolerance,decimals,year_type,minimum,maximum,version,definition", "NI 111,First time entrants to the Youth Justice System aged 10-17,number,lower,quarterly,cumulative,5%,0,financial,,,1,"], lines);
    }

    [Fact]
    public async Task Indicators_WithADefinition_ExportItsTextLastAndImportAgainUnchanged()
    {
        const string file = "code,title,unit,polarity,frequency,aggregation,tolerance,decimals,definition\n" +
            "LOCAL 9,Plans for a second time,percent,lower,quarterly,ratio,5%,1,\"Children who became the subject of a plan for a second time, as a % of all plans\"\n";
        await using (WaymarkDb db = Open())
        {
            Assert.True((await IndicatorImport.ImportAsync(db, new StringReader(file), "indicators.csv", Options())).Succeeded);
        }

        string[] lines = await IndicatorsCsvAsync("LOCAL 9");

        Assert.Equal("LOCAL 9,Plans for a second time,percent,lower,quarterly,ratio,5%,1,financial,,,1,\"Children who became the subject of a plan for a second time, as a % of all plans\"", lines[1]);
        ImportReport again;
        await using (WaymarkDb db = Open())
        {
            again = await IndicatorImport.ImportAsync(db, new StringReader(string.Join('\n', lines) + "\n"), "indicators.csv", Options());
        }

        Assert.Equal((1L, 0L, 0L, 1L), (again.Rows, again.Added, again.Changed, again.Unchanged));
    }

    [Fact]
    public async Task Indicators_WithOwnRange_ExportItAndImportAgainUnchanged()
    {
        const string file = "code,title,unit,polarity,frequency,aggregation,tolerance,decimals,minimum,maximum\n" +
            "BV 127,% reduction in violence against the person,percent,higher,quarterly,snapshot,5%,1,-100,\n" +
            "LPI 9,Days ahead of or behind plan,days,higher,quarterly,snapshot,2,0,-365.5,365\n";
        await using (WaymarkDb db = Open())
        {
            Assert.True((await IndicatorImport.ImportAsync(db, new StringReader(file), "indicators.csv", Options())).Succeeded);
        }

        string[] bv127 = await IndicatorsCsvAsync("BV 127");
        string[] lpi9 = await IndicatorsCsvAsync("LPI 9");

        Assert.Equal("BV 127,% reduction in violence against the person,percent,higher,quarterly,snapshot,5%,1,financial,-100,,1,", bv127[1]);
        Assert.Equal("LPI 9,Days ahead of or behind plan,days,higher,quarterly,snapshot,2,0,financial,-365.5,365,1,", lpi9[1]);
        ImportReport again;
        await using (WaymarkDb db = Open())
        {
            again = await IndicatorImport.ImportAsync(db, new StringReader(string.Join('\n', [bv127[0], bv127[1], lpi9[1]]) + "\n"), "indicators.csv", Options());
        }

        Assert.Equal((2L, 0L, 0L, 2L), (again.Rows, again.Added, again.Changed, again.Unchanged));
    }

    [Fact]
    public async Task StoredEvaluations_Q3_2010_11_ForThePeriodAgreeWithEveryResultOfTheExport()
    {
        await using WaymarkDb db = Open();
        IndicatorSelection selection = (await IndicatorSelection.LoadAsync(db, null))!;
        ReportingPeriod q3 = ReportingPeriod.Parse("2010/11 Q3");

        List<EvaluatedIndicator> forPeriod = await StoredEvaluations.ForPeriodAsync(db, selection.Indicators, q3);
        List<EvaluatedIndicator> streamed = [];
        await foreach (EvaluatedIndicator e in StoredEvaluations.ResultsAsync(db, selection.Indicators, null, q3))
        {
            streamed.Add(e);
        }

        Assert.Equal(selection.Indicators.Count, forPeriod.Count);
        Assert.Equal(33, streamed.Count);
        static (string, decimal?, decimal?, Rating, NotRatedReason?, DirectionOfTravel, decimal?, decimal?, Rating) Read(EvaluatedIndicator e) =>
            (e.Indicator.Code, e.Evaluation.Value, e.Evaluation.Target?.Value, e.Evaluation.Rating.Rating, e.Evaluation.Rating.Reason, e.Evaluation.Direction,
             e.Evaluation.PreviousValue, e.Evaluation.Forecast?.Value, e.Evaluation.PredictedRating.Rating);
        Assert.Equal(
            streamed.Select(Read).OrderBy(e => e.Item1, StringComparer.Ordinal),
            forPeriod.Where(e => e.Stored is not null).Select(Read).OrderBy(e => e.Item1, StringComparer.Ordinal));
        IndicatorEvaluation ni111 = forPeriod.Single(e => e.Indicator.Code == "NI 111").Evaluation;
        Assert.Equal((863m, 863m, Rating.Green, DirectionOfTravel.Improving, 1012m), (ni111.Value, ni111.Target?.Value, ni111.Rating.Rating, ni111.Direction, ni111.PreviousValue));
    }

    [Fact]
    public async Task StoredEvaluations_AReturnBeingEntered_IsJudgedAgainstTheStoredTargetAndTheYearEarlier()
    {
        await using WaymarkDb db = Open();
        Indicator ni111 = (await IndicatorSelection.LoadAsync(db, "NI 111"))!.Indicators[0];

        IndicatorEvaluation worse = await StoredEvaluations.EvaluateAsync(db, ni111, ReportingPeriod.Parse("2010/11 Q3"), new IndicatorResult(1100m));

        Assert.Equal((Rating.Red, DirectionOfTravel.Deteriorating, 1012m), (worse.Rating.Rating, worse.Direction, worse.PreviousValue));
    }

    [Fact]
    public async Task StoredEvaluations_History_EvaluatesEveryResultOfNi66ForItsOwnPeriodOldestFirst()
    {
        await using WaymarkDb db = Open();
        Indicator ni66 = (await IndicatorSelection.LoadAsync(db, "NI 66"))!.Indicators[0];

        List<EvaluatedIndicator> history = await StoredEvaluations.HistoryAsync(db, ni66);

        Assert.Equal(12, history.Count);
        Assert.Equal(history.Select(h => h.Evaluation.Period).Order(), history.Select(h => h.Evaluation.Period));
        IndicatorEvaluation q3 = history.Single(h => h.Evaluation.Period == ReportingPeriod.Parse("2008/09 Q3")).Evaluation;
        Assert.Equal((77.4m, 80.0m, Rating.Amber, Rating.Red), (q3.Value, q3.Target?.Value, q3.Rating.Rating, q3.PredictedRating.Rating));
    }

    private WaymarkDb Open() => WaymarkDatabase.Open(Location, clock, "exporter@example.org");

    private ImportOptions Options() => new("importer@example.org", clock);

    private async Task<string[]> ResultsCsvAsync(string? period = null, string? indicator = null)
    {
        await using WaymarkDb db = Open();
        IndicatorSelection indicators = (await IndicatorSelection.LoadAsync(db, indicator))!;
        ReportingPeriod? p = period is null ? null : ReportingPeriod.Parse(period);
        return await CsvLinesAsync(ResultExport.Create(db, indicators, p));
    }

    private async Task<string[]> IndicatorsCsvAsync(string? indicator = null)
    {
        await using WaymarkDb db = Open();
        return await CsvLinesAsync(IndicatorExport.Create((await IndicatorSelection.LoadAsync(db, indicator))!));
    }

    private static async Task<string[]> CsvLinesAsync(ExportTable table)
    {
        var text = new StringWriter();
        await CsvTableWriter.WriteAsync(table, text);
        Assert.EndsWith("\n", text.ToString(), StringComparison.Ordinal);
        return text.ToString()[..^1].Split('\n');
    }
}
