using System.Text.Json;

using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Waymark.Cli.Tests;

public sealed class ExportCommandTests(LeedsStore store) : IClassFixture<LeedsStore>
{
    private CliRun Export(params string[] args) => CliRun.Of(["export", .. args, "--database", store.Database]);

    [Fact]
    public void Csv_Q3_2008_09_PrintsTheBoardReportsFiguresToStandardOutput()
    {
        CliRun run = Export("results", "--format", "csv", "--period", "2008/09 Q3");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        Assert.Equal(4, run.OutputLines.Length);
        Assert.Equal("indicator,period,value,numerator,denominator,target,rating,reason,direction,previous_value,predicted_year_end,predicted_rating,data_quality,provisional,commentary", run.OutputLines[0]);
        Assert.StartsWith("NI 43,2008/09 Q3,11.3,,,6.8,red,,not_comparable,,12.0,red,ok,no,", run.OutputLines[1], StringComparison.Ordinal);
        Assert.StartsWith("NI 66,2008/09 Q3,77.4,,,80.0,amber,,not_comparable,,70.0,red,ok,no,", run.OutputLines[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Json_OneIndicator_GivesEachOfItsResultsWithNumbersAtItsDecimals()
    {
        CliRun run = Export("results", "--format", "json", "--indicator", "NI 60");

        Assert.Equal(0, run.ExitCode);
        using JsonDocument json = JsonDocument.Parse(run.Output);
        Assert.Equal(2, json.RootElement.GetArrayLength());
        JsonElement q3 = json.RootElement[1];
        Assert.Equal("2010/11 Q3", q3.GetProperty("period").GetString());
        Assert.Equal("75.5", q3.GetProperty("value").GetRawText());
        Assert.Equal("1509", q3.GetProperty("numerator").GetRawText());
        Assert.Equal("2000", q3.GetProperty("denominator").GetRawText());
        Assert.Equal("green", q3.GetProperty("rating").GetString());
        Assert.Equal("improving", q3.GetProperty("direction").GetString());
        Assert.Equal("68.0", q3.GetProperty("previous_value").GetRawText());
    }

    [Fact]
    public void Xlsx_WithOut_WritesAWorkbookOfEveryResult()
    {
        string path = store.PathOf("results.xlsx");

        CliRun run = Export("results", "--format", "xlsx", "--out", path);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal($"Wrote 99 results to {path}", run.Output.TrimEnd());
        using SpreadsheetDocument workbook = SpreadsheetDocument.Open(path, isEditable: false);
        Sheet sheet = Assert.Single(workbook.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>());
        Assert.Equal("results", sheet.Name?.Value);
        var rows = workbook.WorkbookPart.WorksheetParts.Single().Worksheet.Descendants<Row>().ToList();
        Assert.Equal(100, rows.Count);
        Row ni66 = rows.Single(r => r.Elements<Cell>().Take(2).Select(c => c.InnerText).SequenceEqual(["NI 66", "2008/09 Q3"]));
        Cell value = ni66.Elements<Cell>().Single(c => c.CellReference!.Value!.StartsWith('C'));
        Assert.Null(value.DataType);
        Assert.Equal("77.4", value.CellValue!.Text);
        Assert.Empty(Directory.GetFiles(store.Folder, "*.partial"));
    }

    [Fact]
    public void Xlsx_WithoutOut_IsRefused()
    {
        CliRun run = Export("results", "--format", "xlsx");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        Assert.Equal(["--out: an Excel workbook cannot be written to the screen; name a file, such as --out results.xlsx"], run.ErrorLines);
    }

    [Fact]
    public void Csv_ToAFile_IsUtf8WithoutAByteOrderMarkWithLineFeeds()
    {
        string path = store.PathOf("q3.csv");

        CliRun run = Export("results", "--format", "csv", "--period", "2010/11 Q3", "--out", path);

        byte[] bytes = File.ReadAllBytes(path);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal($"Wrote 33 results to {path}", run.Output.TrimEnd());
        Assert.Equal((byte)'i', bytes[0]);
        Assert.DoesNotContain((byte)'\r', bytes);
        string text = System.Text.Encoding.UTF8.GetString(bytes);
        Assert.Contains("\nNI 111,2010/11 Q3,863,,,863,green,,improving,1012,1151,amber,ok,no,", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Indicators_ExportedCsv_ImportsAgainUnchanged()
    {
        string path = store.PathOf("indicators.csv");
        CliRun export = Export("indicators", "--format", "csv", "--out", path);

        CliRun import = CliRun.Of("import", "indicators", path, "--database", store.Database);

        Assert.Equal(0, export.ExitCode);
        Assert.Equal($"Wrote 33 indicators to {path}", export.Output.TrimEnd());
        Assert.Equal(0, import.ExitCode);
        Assert.Equal("indicators.csv: 33 rows read; 0 were added, 0 were changed, 33 unchanged.", import.Output.TrimEnd());
    }

    [Fact]
    public void BadPeriod_GivesThePeriodMessageAndExitStatus1()
    {
        CliRun run = Export("results", "--format", "csv", "--period", "2010-11 Q3");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        Assert.Equal(
            ["--period: '2010-11 Q3' is not a period. Use a key such as 2010/11 (financial year), 2010/11 Q3 (financial quarter), AY 2010/11 (academic year), 2010 (calendar year) or 2010-11 (month)."],
            run.ErrorLines);
    }

    [Fact]
    public void PeriodForIndicators_IsRefused()
    {
        CliRun run = Export("indicators", "--format", "csv", "--period", "2010/11 Q3");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(["--period: indicators have no period; use --period with results"], run.ErrorLines);
    }

    [Fact]
    public void UnknownIndicator_IsNamed()
    {
        CliRun run = Export("results", "--format", "csv", "--indicator", "NI 999");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        Assert.Equal(["--indicator: there is no indicator 'NI 999' in the store"], run.ErrorLines);
    }

    [Fact]
    public void MissingDatabase_IsReportedNotCreated()
    {
        string path = store.PathOf("nothing-here.db");

        CliRun run = CliRun.Of("export", "indicators", "--format", "csv", "--database", "sqlite:" + path);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal([$"--database: there is no SQLite database {path}; fill one with waymark import first"], run.ErrorLines);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void OutInAMissingFolder_IsRefused()
    {
        string path = Path.Combine(store.Folder, "no-such-folder", "results.csv");

        CliRun run = Export("results", "--format", "csv", "--out", path);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal([$"--out: there is no folder {Path.GetDirectoryName(path)}"], run.ErrorLines);
    }

    [Fact]
    public void UnknownKindOrFormat_IsRefusedByTheParser()
    {
        Assert.Equal(1, Export("benchmarks", "--format", "csv").ExitCode);
        Assert.Equal(1, Export("results", "--format", "pdf").ExitCode);
    }
}
