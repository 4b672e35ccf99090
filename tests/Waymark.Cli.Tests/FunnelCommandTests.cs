using System.Text.Json;

namespace Waymark.Cli.Tests;

// The demo holds DfE's second or subsequent child protection plans (PrevRegCPR) for every LA, and its council is
// Leeds. In 2024/25 England had 15,130 of 61,840 (24.4664%). At a denominator n the limits are
// 24.4664% ± z × √(0.244664 × 0.755336 / n), z = 1.959964 at 95% and 3.090232 at 99.8%: at Leeds's 829, 21.54 to
// 27.39 and 19.85 to 29.08, so its 191 (23.0%) is similar to England; at York's 161, 17.83 to 31.11 and 14.00 to
// 34.94, so its 71 (44.1%) is above the 99.8% limits, and fewer repeat plans is better.
public sealed class FunnelCommandTests(DemoStore store) : IClassFixture<DemoStore>
{
    private const string Header = "measure,period,area,name,council,count,denominator,value,centre,lower_95,upper_95,lower_998,upper_998,position,outcome";

    private CliRun Funnel(params string[] args) => CliRun.Of(["funnel", .. args, "--database", store.Database]);

    [Fact]
    public void Csv_Leeds2024_HasItsCountsValueAndLimits_AndIsTheCouncil()
    {
        CliRun run = Funnel("--measure", "PrevRegCPR", "--period", "2024/25", "--area", "383", "--format", "csv");

        Assert.Equal(string.Empty, run.Error);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal([Header, "PrevRegCPR,2024/25,383,Leeds,yes,191,829,23.0,24.47,21.54,27.39,19.85,29.08,within,similar"], run.OutputLines);
    }

    [Fact]
    public void Csv_Every_La_HasARow_OnlyLeedsIsTheCouncil_AndYorkIsMuchWorse()
    {
        CliRun run = Funnel("--measure", "PrevRegCPR", "--period", "2024/25", "--format", "csv");

        Assert.Equal(0, run.ExitCode);
        // Counted from the end, as an LA's name may hold a comma ("Bristol, City of") and is then quoted.
        string[] rows = run.OutputLines[1..];
        Assert.Equal(151, rows.Length);
        Assert.Equal(["383"], rows.Where(r => r.Split(',')[^11] == "yes").Select(r => r.Split(',')[2]));
        Assert.Contains("PrevRegCPR,2024/25,816,York,no,71,161,44.1,24.47,17.83,31.11,14.00,34.94,above_998,much_worse", rows);
        Assert.Equal(26, rows.Count(r => r.Split(',')[^2] is "above_998" or "below_998"));
        Assert.Equal(35, rows.Count(r => r.Split(',')[^2] is "above_95" or "below_95"));
        Assert.Equal(90, rows.Count(r => r.Split(',')[^2] == "within"));
    }

    [Fact]
    public void WithoutAPeriod_IsTheLatestWithLasCounts()
    {
        CliRun run = Funnel("--measure", "prevregcpr", "--area", "Leeds", "--format", "csv");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("PrevRegCPR,2024/25,383,Leeds,yes,191,829,23.0,24.47,21.54,27.39,19.85,29.08,within,similar", run.OutputLines[1]);
    }

    [Fact]
    public void Table_LeedsAndYork_ShowEachLaALineThenTheLasBeyondTheLimits()
    {
        CliRun run = Funnel("--measure", "PrevRegCPR", "--period", "2024/25", "--area", "Leeds", "--area", "816");

        Assert.Equal(0, run.ExitCode);
        string[] lines = run.OutputLines;
        Assert.Equal("PrevRegCPR, 2024/25 (lower is better): 151 LAs around England's 24.47", lines[0]);
        Assert.Equal("LA                        Count  Denominator  Value      95% limits    99.8% limits  Against England", lines[2]);
        Assert.Equal("Leeds (383), the council    191          829   23.0  21.54 to 27.39  19.85 to 29.08  within the 95% limits: similar to England", lines[3]);
        Assert.Equal("York (816)                   71          161   44.1  17.83 to 31.11  14.00 to 34.94  above the 99.8% limits: much worse than England", lines[4]);
        Assert.StartsWith("Beyond the 99.8% limits: 26 LAs: ", lines[5], StringComparison.Ordinal);
        Assert.Contains("York 44.1 (much worse than England)", lines[5], StringComparison.Ordinal);
        Assert.StartsWith("Beyond the 95% limits only: 35 LAs: ", lines[6], StringComparison.Ordinal);
    }

    [Fact]
    public void Json_York_GivesNumbersAsNumbers()
    {
        CliRun run = Funnel("--measure", "PrevRegCPR", "--period", "2024/25", "--area", "York", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using JsonDocument json = JsonDocument.Parse(run.Output);
        JsonElement york = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal("816", york.GetProperty("area").GetString());
        Assert.Equal("no", york.GetProperty("council").GetString());
        Assert.Equal("71", york.GetProperty("count").GetRawText());
        Assert.Equal("44.1", york.GetProperty("value").GetRawText());
        Assert.Equal("34.94", york.GetProperty("upper_998").GetRawText());
        Assert.Equal("much_worse", york.GetProperty("outcome").GetString());
    }

    [Theory]
    [InlineData("NoSuchMeasure", null, null, "--measure: there is no measure 'NoSuchMeasure' in the store: give its code, such as PrevRegCPR")]
    [InlineData("PrevRegCPR", "2024/5", null, "--period: ")]
    [InlineData("PrevRegCPR", "2030/31", null, "--period: there are no LAs' counts for PrevRegCPR in 2030/31: the store has them for 2012/13, 2013/14, ")]
    [InlineData("NI 60", null, null, "--measure: the store has no LAs' counts and denominators for NI 60: import them with waymark import dfe-tidy")]
    [InlineData("NI 51", null, null, "--measure: NI 51's unit is score, which has no funnel plot: funnel plots are for percentages, numbers and rates")]
    [InlineData("PrevRegCPR", null, "Leed", "--area: there is no LA 'Leed' in the store: give its three-digit DfE number, such as 383, or its name, such as Leeds")]
    public void UnknownMeasurePeriodOrArea_IsNamedAndNothingIsWritten(string measure, string? period, string? area, string error)
    {
        string[] args = ["--measure", measure, .. period is null ? (string[])[] : ["--period", period], .. area is null ? (string[])[] : ["--area", area]];

        CliRun run = Funnel(args);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        Assert.StartsWith(error, Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }
}
