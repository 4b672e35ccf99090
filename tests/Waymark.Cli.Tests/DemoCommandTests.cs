namespace Waymark.Cli.Tests;

public sealed class DemoCommandTests(DemoStore store) : IClassFixture<DemoStore>
{
    [Fact]
    public void Demo_EmptyStore_SaysWhatEachFileAddedAndWhichBoardToReportOn()
    {
        Assert.Equal(0, store.FirstRun.ExitCode);
        Assert.Equal(string.Empty, store.FirstRun.Error);
        string[] lines = store.FirstRun.OutputLines;
        Assert.Equal(14, lines.Length);
        Assert.StartsWith("la_code_list.csv: ", lines[0], StringComparison.Ordinal);
        Assert.Equal("results.csv: 99 rows read; 99 were added, 0 were changed, 0 unchanged.", lines[7]);
        Assert.Equal("comparators.csv: 2 rows read; 2 were added, 0 were changed, 0 unchanged.", lines[8]);
        Assert.Equal("dfe_cpps_subsequent_plan_2013_to_2025.csv: 2,132 rows read; 492 were added, 1,640 were changed, 0 unchanged.", lines[9]);
        Assert.Equal("dfe_neet_la_dashboard_2021.csv: 322 figures read; 322 were added, 0 were changed, 0 unchanged.", lines[11]);
        Assert.Equal("dfe_neet_la_dashboard_2022.csv: 960 figures read; 960 were added, 0 were changed, 0 unchanged.", lines[12]);
        Assert.Equal("Leeds Children's Services 2008-11 is loaded, with the board \"Children's Services Scrutiny Board\".", lines[^1]);
    }

    [Fact]
    public void Demo_SecondTime_ChangesNothing()
    {
        CliRun again = CliRun.Of("demo", "--database", store.Database);

        Assert.Equal(0, again.ExitCode);
        Assert.All(again.OutputLines[..^1], line => Assert.Contains(" 0 were added, 0 were changed,", line, StringComparison.Ordinal));
    }

    [Fact]
    public void Demo_ThenExport_RatesQ3_2010_11AsTheBoardReportDid()
    {
        CliRun run = CliRun.Of("export", "results", "--format", "csv", "--period", "2010/11 Q3", "--database", store.Database);

        Assert.Equal(0, run.ExitCode);
        string[] q3 = [.. run.OutputLines.Skip(1).Where(l => l.Contains(",2010/11 Q3,", StringComparison.Ordinal))];
        Assert.Equal(33, q3.Length);
        int Count(string rating) => q3.Count(l => l.Split(',')[6] == rating);
        Assert.Equal((4, 11, 15, 3), (Count("red"), Count("amber"), Count("green"), Count("not_rated")));
    }
}
