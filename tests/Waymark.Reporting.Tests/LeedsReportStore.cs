using Microsoft.EntityFrameworkCore;

using Waymark.Data.Areas;
using Waymark.Data.Imports;
using Waymark.Data.Store;
using Waymark.Periods;
using Waymark.Testing;

namespace Waymark.Reporting.Tests;

/// <summary>
/// A store filled with the Leeds sample by the importers: indicators, targets, results, the framework and, for
/// LSP-HW2Bi, the comparators the Q3 2008/09 report quotes (England 54.3, statistical neighbours 59.5).
/// </summary>
public sealed class LeedsReportStore : IAsyncLifetime
{
    public const string Board = "Children's Services Scrutiny Board";

    private readonly string folder = Directory.CreateTempSubdirectory("waymark-report-").FullName;

    public LeedsReportStore()
    {
        Location = DatabaseLocation.Sqlite(Path.Combine(folder, "waymark.db"));
    }

    public DatabaseLocation Location { get; private set; }

    public string Database => "sqlite:" + Path.Combine(folder, "waymark.db");

    public TimeProvider Clock { get; } = new FixedClock(new DateTimeOffset(2011, 3, 1, 9, 0, 0, TimeSpan.Zero));

    public string PathOf(string name) => Path.Combine(folder, name);

    public WaymarkDb Open() => WaymarkDatabase.Open(Location, Clock, "officer@example.org");

    public async Task InitializeAsync() => await FillAsync(Location);

    public async Task FillAsync(DatabaseLocation location)
    {
        Location = location;
        await using (WaymarkDb db = Open())
        {
            await SchemaMigrator.MigrateAsync(db, Clock);
        }

        foreach (string kind in (string[])["indicators", "targets", "results", "framework", "comparators"])
        {
            string file = RepositoryPaths.Sample(kind + (kind == "framework" ? ".json" : ".csv"));
            if (!Importers.ByKind.TryGetValue(kind, out Importer? import) || !File.Exists(file))
            {
                continue;
            }

            await using WaymarkDb db = Open();
            using var reader = new StreamReader(file);
            ImportReport report = await import(db, reader, Path.GetFileName(file), new ImportOptions("importer@example.org", Clock), CancellationToken.None);
            if (!report.Succeeded)
            {
                throw new InvalidOperationException($"import {kind} failed: {string.Join('\n', report.Problems.Kept)}");
            }
        }

        await EnsureComparatorsAsync();
    }

    // The published comparators for LSP-HW2Bi, unless the sample's comparators file has given them already.
    private async Task EnsureComparatorsAsync()
    {
        await using WaymarkDb db = Open();
        int indicator = await db.Indicators.Where(i => i.Code == "LSP-HW2Bi").Select(i => i.Id).SingleAsync();
        if (await db.AreaValues.AnyAsync(v => v.IndicatorId == indicator))
        {
            return;
        }

        Area england = await AreaAsync(db, "england", "970", "England");
        Area neighbours = await AreaAsync(db, "neighbours", "Statistical neighbours", "Statistical neighbours");
        ReportingPeriod year = ReportingPeriod.Parse("2007/08");
        db.AreaValues.Add(new AreaValue { IndicatorId = indicator, AreaId = england.Id, Period = year, PeriodStart = year.Start, Value = 54.3m });
        db.AreaValues.Add(new AreaValue { IndicatorId = indicator, AreaId = neighbours.Id, Period = year, PeriodStart = year.Start, Value = 59.5m });
        await db.SaveChangesAsync();
    }

    private static async Task<Area> AreaAsync(WaymarkDb db, string kind, string code, string name)
    {
        Area? area = await db.Areas.SingleOrDefaultAsync(a => a.Kind == kind);
        if (area is null)
        {
            area = new Area { Code = code, Name = name, Kind = kind };
            db.Areas.Add(area);
            await db.SaveChangesAsync();
        }

        return area;
    }

    public Task DisposeAsync()
    {
        SqliteCleanup();
        return Task.CompletedTask;
    }

    private void SqliteCleanup()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
