using System.Text.Json;

namespace Waymark.Cli.Tests;

// From DfE's NEET dashboards of 2021 and 2022, worked out by hand (see the data tests' NeetDashboardImportTestsBase).
// Leeds 2022: all 7.8, vulnerable groups 25.5; England 2022: all 4.7, vulnerable groups 23.6; 2021: Leeds all 7.9,
// England all 5.5, and no LA figures for vulnerable groups.
public sealed class GapsCommandTests(NeetStore store) : IClassFixture<NeetStore>
{
    private const string Header = "measure,period,area,dimension,group,value,compared_with,compared_value,gap,previous_gap,gap_direction";

    private CliRun Gaps(params string[] args) => CliRun.Of(["gaps", .. args, "--database", store.Database]);

    [Fact]
    public void Csv_LeedsVulnerableGroups2022_GapsAgainstAllAndEngland()
    {
        CliRun run = Gaps("--measure", "NEET_NK_16_17", "--area", "383", "--period", "2022", "--dimension", "vulnerable_group", "--format", "csv");

        Assert.Equal(string.Empty, run.Error);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            [
                Header,
                "NEET_NK_16_17,2022,383,vulnerable_group,all,7.8,england,4.7,3.1,2.4,widening",
                "NEET_NK_16_17,2022,383,vulnerable_group,vulnerable,25.5,all,7.8,17.7,,not_comparable",
                "NEET_NK_16_17,2022,383,vulnerable_group,vulnerable,25.5,england,23.6,1.9,,not_comparable",
            ],
            run.OutputLines.Select(l => l.TrimEnd('\r')));
    }

    [Fact]
    public void Csv_EveryBreakdown_SenStatusThenVulnerableGroups()
    {
        CliRun run = Gaps("--measure", "NEET_NK_16_17", "--area", "Leeds", "--period", "2022", "--format", "csv");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(1 + 9 + 3, run.OutputLines.Length);
        Assert.Equal("NEET_NK_16_17,2022,383,sen_status,ehcp,13.6,complement,6.8,6.8,,not_comparable", run.OutputLines[5].TrimEnd('\r'));
        Assert.Equal("NEET_NK_16_17,2022,383,vulnerable_group,vulnerable,25.5,all,7.8,17.7,,not_comparable", run.OutputLines[11].TrimEnd('\r'));
    }

    [Fact]
    public void Table_LinesUpTheColumnsUnderATitle()
    {
        CliRun run = Gaps("--measure", "NEET_NK_16_17", "--area", "383", "--period", "2022", "--dimension", "vulnerable_group");

        Assert.Equal(0, run.ExitCode);
        string[] lines = [.. run.OutputLines.Select(l => l.TrimEnd('\r'))];
        Assert.Equal("NEET_NK_16_17 in Leeds, 2022: 16-17 year olds not in education, employment or training (NEET) or whose activity is not known", lines[0]);
        Assert.Equal(["measure", "period", "area", "dimension", "group", "value", "compared_with", "compared_value", "gap", "previous_gap", "gap_direction"], lines[1].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(["NEET_NK_16_17", "2022", "383", "vulnerable_group", "vulnerable", "25.5", "england", "23.6", "1.9", "not_comparable"], lines[4].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(lines[1].IndexOf("gap_direction", StringComparison.Ordinal), lines[4].IndexOf("not_comparable", StringComparison.Ordinal));
    }

    [Fact]
    public void Json_SuppressedFigureIsCAndItsGapNull()
    {
        // Derbyshire (830) 2022: SEN support is published as c.
        CliRun run = Gaps("--measure", "NEET_NK_16_17", "--area", "830", "--period", "2022", "--dimension", "sen_status", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using JsonDocument json = JsonDocument.Parse(run.Output);
        JsonElement support = json.RootElement.EnumerateArray().First(r => r.GetProperty("group").GetString() == "sen_support");
        Assert.Equal("c", support.GetProperty("value").GetString());
        Assert.Equal("all", support.GetProperty("compared_with").GetString());
        Assert.Equal(2.4m, support.GetProperty("compared_value").GetDecimal());
        Assert.Equal(JsonValueKind.Null, support.GetProperty("gap").ValueKind);
        Assert.Equal("not_comparable", support.GetProperty("gap_direction").GetString());
    }

    [Theory]
    [InlineData("NEET", "383", "2022", null, "--measure: there is no measure 'NEET' in the store: give a measure's code, such as NEET_NK_16_17 after waymark import neet-dashboard")]
    [InlineData("NEET_NK_16_17", "Leed", "2022", null, "--area: there is no area 'Leed' in the store: give an LA's three-digit DfE number, such as 383, a region's name, or England")]
    [InlineData("NEET_NK_16_17", "383", "2030", null, "--period: there are no figures by group for NEET_NK_16_17 in Leeds in 2030")]
    [InlineData("NEET_NK_16_17", "383", "2022", "ethnicity", "--dimension: there is no breakdown 'ethnicity' in the store: give one such as sen_status")]
    public void UnknownMeasureAreaPeriodOrDimension_IsNamedAndNothingIsWritten(string measure, string area, string period, string? dimension, string error)
    {
        CliRun run = Gaps(["--measure", measure, "--area", area, "--period", period, .. dimension is null ? (string[])[] : ["--dimension", dimension]]);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        Assert.Equal([error], run.ErrorLines);
    }
}
