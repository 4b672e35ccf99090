using System.Diagnostics;
using System.Globalization;
using System.Text;

using Microsoft.EntityFrameworkCore;

using Waymark.Data.Store;

namespace Waymark.Cli.Tests;

/// <summary>
/// <c>waymark import results</c> killed part way through a large file (as <c>kill -9</c> would stop
/// it) leaves the store exactly as it was, and the store takes the next import. Run against each database
/// engine by a subclass.
/// </summary>
public abstract class InterruptedImportTestsBase : IAsyncLifetime
{
    private const int Indicators = 200;
    private const int Months = 1000;
    private static readonly TimeSpan ReachPartWay = TimeSpan.FromSeconds(40);
    private static readonly TimeSpan KillWithin = TimeSpan.FromSeconds(10);

    protected string Folder { get; } = Directory.CreateTempSubdirectory("waymark-cli-kill-").FullName;

    protected abstract string Database { get; }

    public abstract Task InitializeAsync();

    public virtual Task DisposeAsync()
    {
        Directory.Delete(Folder, recursive: true);
        return Task.CompletedTask;
    }

    [Fact(Timeout = 90_000)]
    public async Task Import_KilledWhileWritingIntoAnEmptyResultsTable_LeavesTheStoreAsItWas()
    {
        Import("indicators", WriteIndicators());
        string before = await SnapshotAsync();
        string big = WriteBigResults();

        await KillPartWayAsync(big);

        Assert.Equal(before, await SnapshotAsync());
        Assert.Equal((0, 1), await CountsAsync());
        CliRun again = Import("results", Write("small.csv", "indicator,period,value\nKPI 1,2025-01,50.0\nKPI 2,2025-01,61.5\n"));
        Assert.Equal("small.csv: 2 rows read; 2 were added, 0 were changed, 0 unchanged.", again.Output.TrimEnd());
        Assert.Equal((2, 2), await CountsAsync());
    }

    [Fact(Timeout = 90_000)]
    public async Task Import_KilledWhileStagingOverStoredResults_LeavesTheStoreAsItWas()
    {
        Import("indicators", WriteIndicators());
        var stored = new StringBuilder("indicator,period,value\n");
        for (int i = 1; i <= Indicators; i++)
        {
            stored.Append(CultureInfo.InvariantCulture, $"KPI {i},2024-12,{Value(i, 0)}\n");
        }

        Import("results", Write("stored.csv", stored.ToString()));
        string before = await SnapshotAsync();
        string big = WriteBigResults();

        await KillPartWayAsync(big);

        Assert.Equal(before, await SnapshotAsync());
        Assert.Equal((Indicators, 2), await CountsAsync());
        CliRun again = Import("results", Write("small.csv", "indicator,period,value\nKPI 1,2024-12,99.9\nKPI 1,2025-01,50.0\n"));
        Assert.Equal("small.csv: 2 rows read; 1 were added, 1 were changed, 0 unchanged.", again.Output.TrimEnd());
        Assert.Equal((Indicators + 1, 3), await CountsAsync());
    }

    private static string Value(int indicator, int month) =>
        ((((indicator * 37) + (month * 11)) % 997) / 10m).ToString(CultureInfo.InvariantCulture);

    // Waits until the progress bar shows that the import has read a quarter of the file (so it has begun writing
    // and is far from committing), then kills it.
    private async Task KillPartWayAsync(string file)
    {
        using var import = CliProcess.Start("import", "results", file, "--database", Database);
        var clock = Stopwatch.StartNew();
        while (import.Progress is not >= 25)
        {
            if (import.HasExited)
            {
                Assert.Fail($"The import ended before it could be stopped part way:\n{import.Written}");
            }

            if (clock.Elapsed > ReachPartWay)
            {
                Assert.Fail($"The import had not read a quarter of the file after {ReachPartWay.TotalSeconds} s:\n{import.Written}");
            }

            await Task.Delay(10);
        }

        import.Kill(KillWithin);
        Assert.DoesNotContain("rows read", import.Written, StringComparison.Ordinal);
    }

    private CliRun Import(string kind, string file)
    {
        CliRun run = CliRun.Of("import", kind, file, "--database", Database);
        Assert.True(run.ExitCode == 0, $"waymark import {kind} {file} failed: {run.Error}");
        return run;
    }

    private string Write(string name, string text)
    {
        string path = Path.Combine(Folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private string WriteIndicators()
    {
        var text = new StringBuilder("code,title,unit,polarity,frequency,aggregation,tolerance,decimals\n");
        for (int i = 1; i <= Indicators; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"KPI {i},Monthly indicator {i},percent,higher,monthly,snapshot,,1\n");
        }

        return Write("indicators.csv", text.ToString());
    }

    // Every indicator for 1,000 months to December 2024: 200,000 rows, the last month's values differing from
    // those stored.
    private string WriteBigResults()
    {
        string path = Path.Combine(Folder, "big.csv");
        using var w = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16);
        w.Write("indicator,period,value,numerator,denominator,predicted_year_end,data_quality,commentary\n");
        for (int m = 0; m < Months; m++)
        {
            var month = new DateOnly(2024, 12, 1).AddMonths(m - Months + 1);
            for (int i = 1; i <= Indicators; i++)
            {
                w.Write(string.Create(CultureInfo.InvariantCulture, $"KPI {i},{month:yyyy-MM},{Value(i, m + 1)},,,,,\"Checked, see \"\"notes\"\"\"\n"));
            }
        }

        return path;
    }

    private WaymarkDb Open() =>
        WaymarkDatabase.Open(DatabaseLocation.TryParse(Database, out DatabaseLocation? location, out string? error) ? location : throw new InvalidOperationException(error), TimeProvider.System, "test");

    private async Task<(int Results, int Imports)> CountsAsync()
    {
        await using WaymarkDb db = Open();
        return (await db.Results.CountAsync(), await db.AuditLog.CountAsync(a => a.Entity == "import"));
    }

    // Every stored result and audit entry, every column.
    private async Task<string> SnapshotAsync()
    {
        await using WaymarkDb db = Open();
        var text = new StringBuilder();
        foreach (var r in await db.Results.AsNoTracking().OrderBy(r => r.Id).ToListAsync())
        {
            text.Append(CultureInfo.InvariantCulture, $"result {r.Id} {r.IndicatorId} {r.Period} {r.PeriodStart} {r.Value} {r.Numerator} {r.Denominator} {r.Provisional} {r.DataQuality} {r.DataQualityNote} {r.Commentary} {r.PredictedYearEnd} {r.EnteredBy} {r.EnteredAt:O} {r.Illustrative} {r.ConcurrencyVersion}\n");
        }

        foreach (var a in await db.AuditLog.AsNoTracking().OrderBy(a => a.Id).ToListAsync())
        {
            text.Append(CultureInfo.InvariantCulture, $"audit {a.Id} {a.At:O} {a.Actor} {a.Entity} {a.EntityKey} {a.Action} {a.Before} {a.After}\n");
        }

        return text.ToString();
    }
}
