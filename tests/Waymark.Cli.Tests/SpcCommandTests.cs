using System.Text.Json;

using Waymark.Testing;

namespace Waymark.Cli.Tests;

public sealed class SpcCommandTests : IDisposable
{
    private const string Indicators = "code,title,unit,polarity,frequency,aggregation,tolerance,decimals\nNI 66,Reviews on time,percent,higher,quarterly,ratio,,1\n";
    private const string ResultHeader = "indicator,period,value,numerator,denominator,predicted_year_end,data_quality,commentary\n";

    private readonly string dir = Directory.CreateTempSubdirectory("waymark-spc-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private string Write(string name, string text)
    {
        string path = Path.Combine(dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    // Twelve quarters alternating 82 and 80 from 2008/09 Q1 (mean 81, every moving range 2, so limits 81 ± 5.32 and
    // two-sigma lines 81 ± 3.546), ending below the mean, then the values given.
    private string Results(params string[] later)
    {
        var lines = new List<string>();
        for (int i = 0; i < 12 + later.Length; i++)
        {
            string value = i < 12 ? (i % 2 == 0 ? "82" : "80") : later[i - 12];
            lines.Add($"NI 66,{2008 + (i / 4)}/{(9 + (i / 4)) % 100:D2} Q{(i % 4) + 1},{value},,,,,");
        }

        return Write("results.csv", ResultHeader + string.Join('\n', lines) + "\n");
    }

    private static readonly string[] Baseline12 = ["--baseline", "12", "--minimum-points", "12"];

    private CliRun Spc(string results, params string[] options) =>
        CliRun.Of(["spc", "--indicators", Write("indicators.csv", Indicators), "--results", results, "--indicator", "NI 66", .. options]);

    private CliRun Spc12(string results, params string[] options) => Spc(results, [.. Baseline12, .. options]);

    private static Dictionary<string, string[]> CsvRows(CliRun run) =>
        run.OutputLines.Skip(1).Select(l => l.Split(',')).ToDictionary(f => f[1]);

    [Fact]
    public void Csv_HasTheDocumentedColumnsAndOneRowPerPeriod()
    {
        CliRun run = Spc12(Results("83", "83", "83", "83", "83", "83"), "--format", "csv");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            "indicator,period,value,moving_range,mean,lower_limit,upper_limit,lower_two_sigma,upper_two_sigma,rules,variation,description,variation_icon,assurance_icon",
            run.OutputLines[0]);
        Assert.Equal(19, run.OutputLines.Length);
    }

    // The six 83s after the baseline are a run above the mean of 81; the description is quoted, having a comma.
    [Fact]
    public void Csv_ARunOfSixAboveTheMean_IsAnImprovementWhenHigherIsBetter()
    {
        var rows = CsvRows(Spc12(Results("83", "83", "83", "83", "83", "83"), "--format", "csv"));

        Assert.Equal(["NI 66", "2008/09 Q1", "82.0", "", "81.00", "75.68", "86.32", "77.45", "84.55", "", "common_cause", "Common cause variation", "", ""], rows["2008/09 Q1"]);
        Assert.Equal(["NI 66", "2011/12 Q1", "83.0", "3.0", "81.00", "75.68", "86.32", "77.45", "84.55", "shift", "improvement", "\"Special cause: improvement", " a run of 6 above the mean\"", "", ""], rows["2011/12 Q1"]);
        Assert.Equal(["improvement_high", "not_shown"], rows["2012/13 Q2"][^2..]);
    }

    [Fact]
    public void Json_NumbersAreNumbersAndTheIconsAreOnTheLatestRow()
    {
        CliRun run = Spc12(Results("83", "83", "83", "83", "83", "83"), "--format", "json");

        using var json = JsonDocument.Parse(run.Output);
        JsonElement[] rows = [.. json.RootElement.EnumerateArray()];
        Assert.Equal(18, rows.Length);
        Assert.Equal(81.00m, rows[0].GetProperty("mean").GetDecimal());
        Assert.Equal(JsonValueKind.Null, rows[0].GetProperty("moving_range").ValueKind);
        Assert.Equal("Special cause: improvement, a run of 6 above the mean", rows[^1].GetProperty("description").GetString());
        Assert.Equal("improvement_high", rows[^1].GetProperty("variation_icon").GetString());
        Assert.Equal(JsonValueKind.Null, rows[^2].GetProperty("variation_icon").ValueKind);
    }

    [Fact]
    public void Table_ShowsTheWordsAndTheIcons()
    {
        string targets = Write("targets.csv", "indicator,period,target\nNI 66,2012/13,75\n");
        CliRun run = Spc12(Results("83", "83", "83", "83", "83", "83"), "--targets", targets);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("NI 66: Reviews on time (higher is better)", run.OutputLines[0]);
        Assert.Equal("XmR chart (Making Data Count): shifts of 6, trends of 6, limits from 12 points or more, a baseline of the first 12.", run.OutputLines[1]);
        Assert.Contains(run.OutputLines, l => l.StartsWith("Q2 2012/13", StringComparison.Ordinal) && l.EndsWith("Special cause: improvement, a run of 6 above the mean", StringComparison.Ordinal));
        Assert.Equal("Variation: Special cause: improvement, a run of 6 above the mean", run.OutputLines[^2]);
        Assert.Equal("Assurance: Consistently passes the target (target 75.0%)", run.OutputLines[^1]);
    }

    [Theory]
    [InlineData("5", "83", "")]
    [InlineData("8", "83;83;83;83;83;83;83;83", "shift")]
    [InlineData("6", "83;83;83;83;83", "")]
    [InlineData("6", "83;83;83;83;83;83", "shift")]
    [InlineData("7", "83;83;83;83;83;83", "")]
    public void ShiftOption_SetsTheRunLength(string shift, string later, string latestRules)
    {
        CliRun run = Spc12(Results(later.Split(';')), "--shift", shift, "--format", "csv");

        if (shift == "5")
        {
            Assert.Equal(1, run.ExitCode);
            Assert.Equal("--shift: The shift length must be between 6 and 8, not 5", run.ErrorLines[0]);
            return;
        }

        Assert.Equal(latestRules, run.OutputLines[^1].Split(',')[9]);
    }

    [Fact]
    public void TooFewPoints_IsARunChartThatSaysWhy()
    {
        CliRun run = Spc(Results());

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("A run chart: 12 points, fewer than the 13 needed for limits", run.OutputLines);
        Assert.Equal("Variation: No variation icon: 12 points since the limits were last worked out, fewer than the 13 needed", run.OutputLines[^2]);
        Assert.Equal("Assurance: No assurance icon: 12 points since the limits were last worked out, fewer than the 13 needed", run.OutputLines[^1]);
    }

    [Fact]
    public void MinimumPointsOption_Lowered_ShowsLimits()
    {
        CliRun run = Spc(Results(), "--minimum-points", "12", "--format", "csv");

        Assert.Equal("81.00", run.OutputLines[1].Split(',')[4]);
        Assert.Equal("common_cause", run.OutputLines[^1].Split(',')[12]);
    }

    [Fact]
    public void BeyondThreeSigmaOption_False_StopsAPointBeyondTheLimitsCountingTowardsTwoOfThree()
    {
        string results = Results("88.5", "81", "85");

        string[] counted = Spc12(results, "--format", "csv").OutputLines[^1].Split(',');
        string[] notCounted = Spc12(results, "--beyond-three-sigma-counts", "false", "--format", "csv").OutputLines[^1].Split(',');

        Assert.Equal("two_of_three", counted[9]);
        Assert.Equal(string.Empty, notCounted[9]);
    }

    [Fact]
    public void ScreenOutliersOption_NarrowsTheLimits()
    {
        string results = Results("95", "82", "80", "82", "80");

        string[] plain = Spc(results, "--format", "csv").OutputLines[1].Split(',');
        string[] screened = Spc(results, "--screen-outliers", "--format", "csv").OutputLines[1].Split(',');
        CliRun recomputedAlone = Spc(results, "--recompute-mean");

        Assert.True(decimal.Parse(screened[6], System.Globalization.CultureInfo.InvariantCulture) < decimal.Parse(plain[6], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("--recompute-mean: The mean can be recomputed only when moving-range outliers are screened", recomputedAlone.ErrorLines[0]);
    }

    [Fact]
    public void WithheldResults_AreLeftOutAndSaidSo()
    {
        string results = Write("results.csv", ResultHeader + "NI 66,2010/11 Q1,80,,,,,\nNI 66,2010/11 Q2,99,,,,withheld,\nNI 66,2010/11 Q3,81,,,,,\n");

        CliRun run = Spc(results, "--format", "csv");
        CliRun table = Spc(results);

        Assert.Equal(3, run.OutputLines.Length);
        Assert.DoesNotContain(run.OutputLines, l => l.Contains("2010/11 Q2", StringComparison.Ordinal));
        Assert.Contains("1 result is withheld or has no value, and is left out.", table.OutputLines);
    }

    [Fact]
    public void NoResults_SaysSo()
    {
        CliRun run = Spc(Write("results.csv", ResultHeader));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("There are no results to chart.", run.OutputLines);
        Assert.Equal("Variation: No variation icon: there are no results", run.OutputLines[^2]);
    }

    [Fact]
    public void UnknownIndicator_IsNamed()
    {
        CliRun run = CliRun.Of("spc", "--indicators", Write("indicators.csv", Indicators), "--results", Results(), "--indicator", "NI 99");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        Assert.Equal("--indicator: 'NI 99' is not an indicator in indicators.csv", run.ErrorLines[0]);
    }

    [Fact]
    public void ProblemsInTheFiles_AreReportedAsForEvaluate()
    {
        CliRun run = Spc(Write("results.csv", ResultHeader + "NI 66,2010/11 Q1,8O,,,,,\n"));

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(["Nothing was done: there is 1 problem in the input files.", "results.csv, line 2, column value: '8O' is not a number"], run.ErrorLines);
    }

    [Fact]
    public void MissingFile_IsNamed()
    {
        CliRun run = CliRun.Of("spc", "--indicators", Path.Combine(dir, "nope.csv"), "--results", Results(), "--indicator", "NI 66");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"--indicators: there is no file {Path.Combine(dir, "nope.csv")}", run.ErrorLines[0]);
    }

    // Leeds NI 66 (seed 001 and the illustrative quarters around it): with limits from its 12 quarters, the climb from
    // 72.0 in Q4 2008/09 to 88.3 in Q4 2010/11 is a rising trend of 9, and 88.3 is above the upper limit of 87.71.
    [Fact]
    public void Sample_LeedsNi66_IsASpecialCauseOfImprovement()
    {
        CliRun run = CliRun.Of(
            "spc",
            "--indicators", RepositoryPaths.Sample("indicators.csv"),
            "--results", RepositoryPaths.Sample("results.csv"),
            "--targets", RepositoryPaths.Sample("targets.csv"),
            "--indicator", "NI 66",
            "--minimum-points", "12",
            "--format", "csv");

        string[] latest = run.OutputLines[^1].Split(',');
        Assert.Equal(["NI 66", "2010/11 Q4", "88.3", "0.9", "82.08", "76.44", "87.71"], latest[..7]);
        Assert.Equal("outside_limits;two_of_three;shift;trend", latest[9]);
        Assert.Equal(["improvement_high", "fail"], latest[^2..]);
    }
}
