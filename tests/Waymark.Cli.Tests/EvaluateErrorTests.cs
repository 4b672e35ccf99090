namespace Waymark.Cli.Tests;

public sealed class EvaluateErrorTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("waymark-cli-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private string Write(string name, string text)
    {
        string path = Path.Combine(dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    private CliRun Evaluate(string indicators, string results, string? targets, string period = "2010/11 Q3")
    {
        var args = new List<string> { "evaluate", "--indicators", Write("indicators.csv", indicators), "--results", Write("results.csv", results), "--period", period };
        if (targets is not null)
        {
            args.AddRange(["--targets", Write("targets.csv", targets)]);
        }

        return CliRun.Of([.. args]);
    }

    private const string GoodIndicators = "code,title,unit,polarity,frequency,aggregation,tolerance,decimals\nNI 66,Reviews on time,percent,higher,quarterly,ratio,,1\n";
    private const string ResultHeader = "indicator,period,value,numerator,denominator,predicted_year_end,data_quality,commentary\n";

    [Fact]
    public void ProblemsInEveryFile_AreAllReportedAndNothingIsPrinted()
    {
        CliRun run = Evaluate(
            GoodIndicators + "NI 43,Custody,percent,down,quarterly,ratio,,1\n",
            ResultHeader + "NI 66,2010/11 Q3,\"77,4\",,,,,\nNI 66,2010/11 Q3,77.4,,,,,\nNI 66,2010/11 Q3,78,,,,,\n",
            "indicator,period,target\nNI 99,2010/11,80\nNI 66,2010/11,8O\n");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        Assert.Equal(
            [
                "Nothing was done: there are 5 problems in the input files.",
                "indicators.csv, line 3, column polarity: 'down' is not a polarity: use higher|lower|none",
                "targets.csv, line 2, column indicator: 'NI 99' is not an indicator in the indicators file",
                "targets.csv, line 3, column target: '8O' is not a number",
                "results.csv, line 2, column value: '77,4' is not a number: use a point for decimals and commas only between thousands (for example 77.4)",
                "results.csv, line 4, column period: NI 66 already has a result for 2010/11 Q3 on line 3",
            ],
            run.ErrorLines);
    }

    [Fact]
    public void UnreadablePeriod_IsNamed()
    {
        CliRun run = Evaluate(GoodIndicators, ResultHeader, null, period: "Quarter 3");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("--period: 'Quarter 3' is not a period.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingFile_IsNamed()
    {
        CliRun run = CliRun.Of("evaluate", "--indicators", Path.Combine(dir, "nope.csv"), "--results", Write("results.csv", ResultHeader), "--period", "2010/11");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"--indicators: there is no file {Path.Combine(dir, "nope.csv")}", run.ErrorLines[0]);
    }

    [Fact]
    public void UnknownFormat_IsRefused()
    {
        CliRun run = CliRun.Of("evaluate", "--indicators", Write("indicators.csv", GoodIndicators), "--results", Write("results.csv", ResultHeader), "--period", "2010/11", "--format", "xml");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("xml", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutTargets_EveryRatedIndicatorHasNoTarget()
    {
        CliRun run = CliRun.Of(
            "evaluate", "--indicators", Write("indicators.csv", GoodIndicators), "--results", Write("results.csv", ResultHeader + "NI 66,2010/11 Q3,77.4,,,,,\n"),
            "--period", "2010/11 Q3", "--format", "csv");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("NI 66,2010/11 Q3,77.4,,not_rated,no_target,not_comparable,,77.4,not_rated", run.OutputLines[1]);
    }
}
