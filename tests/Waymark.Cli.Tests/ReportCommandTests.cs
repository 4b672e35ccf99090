using System.Security.Cryptography;

using Microsoft.EntityFrameworkCore;

using Waymark.Data.Store;
using Waymark.Periods;
using Waymark.Testing;

namespace Waymark.Cli.Tests;

/// <summary><c>waymark report</c> on the Leeds sample store, framework included.</summary>
public sealed class ReportCommandTests : IDisposable
{
    private const string Board = "Children's Services Scrutiny Board";

    private readonly LeedsStore store = new();

    public ReportCommandTests()
    {
        CliRun run = CliRun.Of("import", "framework", RepositoryPaths.Sample("framework.json"), "--database", store.Database);
        Assert.True(run.ExitCode == 0, run.Error);
    }

    public void Dispose() => store.Dispose();

    [Fact]
    public void Html_Q3201011_WritesTheSummaryFigures()
    {
        string file = store.PathOf("q3.html");

        CliRun run = CliRun.Of("report", "--board", Board, "--period", "2010/11 Q3", "--format", "html", "--out", file, "--database", store.Database);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal($"Wrote the {Board} report for Q3 2010/11 to {file}\n", run.Output.Replace("\r\n", "\n", StringComparison.Ordinal));
        string html = File.ReadAllText(file);
        Assert.Contains("<span class=\"rating rating-red\">Red</span></th><td class=\"number\">4</td><td class=\"number\">12%</td>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"rating rating-green\">Green</span></th><td class=\"number\">15</td><td class=\"number\">45%</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_Q3200809_IsTheIndicatorAppendix()
    {
        string file = store.PathOf("q3.csv");

        CliRun run = CliRun.Of("report", "--board", Board, "--period", "2008/09 Q3", "--format", "csv", "--out", file, "--database", store.Database);

        Assert.Equal(0, run.ExitCode);
        string[] lines = File.ReadAllLines(file);
        Assert.Equal(34, lines.Length);
        Assert.Contains(lines, l => l.StartsWith("NI 66 ", StringComparison.Ordinal) && l.Contains(",77.4,80.0,80.0,Amber,70.0,Red,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Publish_ThenDataChanges_PublishedFileIsUnchangedAndChangesAreListed()
    {
        string file = store.PathOf("published.html");
        CliRun publish = CliRun.Of("report", "--board", Board, "--period", "2010/11 Q3", "--format", "html", "--out", file, "--publish", "--database", store.Database);
        Assert.Equal(0, publish.ExitCode);
        string hash = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file)));
        Assert.Contains($"Published it: SHA-256 {hash}", publish.Output, StringComparison.Ordinal);

        await using (WaymarkDb db = WaymarkDatabase.Open(DatabaseLocation.Sqlite(store.PathOf("waymark.db")), TimeProvider.System, "test"))
        {
            var ni43 = await db.Indicators.SingleAsync(i => i.Code == "NI 43");
            var result = await db.Results.SingleAsync(r => r.IndicatorId == ni43.Id && r.Period == ReportingPeriod.Parse("2010/11 Q3"));
            result.Value = 6.0m;
            await db.SaveChangesAsync();
        }

        CliRun changes = CliRun.Of("report", "--board", Board, "--period", "2010/11 Q3", "--changes", "--database", store.Database);
        Assert.Equal(0, changes.ExitCode);
        Assert.Contains("rating_summary.rows[0].count: 4 -> 3", changes.Output, StringComparison.Ordinal);
        Assert.Contains("rating_summary.rows[2].count: 15 -> 16", changes.Output, StringComparison.Ordinal);

        string again = store.PathOf("again.html");
        CliRun frozen = CliRun.Of("report", "--board", Board, "--period", "2010/11 Q3", "--format", "html", "--out", again, "--published", "--database", store.Database);
        Assert.Equal(0, frozen.ExitCode);
        Assert.Equal(File.ReadAllBytes(file), File.ReadAllBytes(again));
        Assert.Contains(hash, frozen.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Narrative_StoredThenReported_WithItsFiguresFilledIn()
    {
        CliRun store1 = CliRun.Of("report", "narrative", "--board", Board, "--period", "2010/11 Q3", "--section", "executive_summary",
            "--text", "{green_percent}% ({green}/{total}) of our indicators are green.", "--database", store.Database);
        Assert.Equal(0, store1.ExitCode);
        Assert.Equal("Stored the executive_summary text for Q3 2010/11.\n", store1.Output.Replace("\r\n", "\n", StringComparison.Ordinal));
        CliRun highlight = CliRun.Of("report", "narrative", "--board", Board, "--period", "2010/11 Q3", "--section", "highlight", "--indicator", "NI 66",
            "--text", "Two more reviewing officers start in April.", "--database", store.Database);
        Assert.Equal(0, highlight.ExitCode);
        string file = store.PathOf("narrative.html");

        CliRun run = CliRun.Of("report", "--board", Board, "--period", "2010/11 Q3", "--format", "html", "--out", file, "--database", store.Database);

        Assert.Equal(0, run.ExitCode);
        string html = File.ReadAllText(file);
        Assert.Contains("<p>1.1 45% (15/33) of our indicators are green.</p>", html, StringComparison.Ordinal);
        Assert.Contains("<h4>NI 66: Looked after children cases which were reviewed within required timescales</h4>", html, StringComparison.Ordinal);
        Assert.Contains("<p><strong>Officer's explanation:</strong> Two more reviewing officers start in April.</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Narrative_HighlightWithoutIndicator_IsAnError()
    {
        CliRun run = CliRun.Of("report", "narrative", "--board", Board, "--period", "2010/11 Q3", "--section", "highlight", "--text", "x", "--database", store.Database);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("--indicator: a highlight is about an indicator; name it, such as --indicator \"NI 66\"\n", run.Error.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public void UnknownBoard_IsAnError()
    {
        CliRun run = CliRun.Of("report", "--board", "Adults Board", "--period", "2010/11 Q3", "--format", "html", "--out", store.PathOf("x.html"), "--database", store.Database);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("--board: there is no board 'Adults Board' in the store\n", run.Error.Replace("\r\n", "\n", StringComparison.Ordinal));
        Assert.False(File.Exists(store.PathOf("x.html")));
    }

    [Fact]
    public void BadPeriod_IsNamed()
    {
        CliRun run = CliRun.Of("report", "--board", Board, "--period", "Q5", "--format", "html", "--out", store.PathOf("x.html"), "--database", store.Database);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("--period: ", run.Error, StringComparison.Ordinal);
    }
}
