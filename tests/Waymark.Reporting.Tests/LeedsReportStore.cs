using Waymark.Data.Imports;
using Waymark.Data.Store;
using Waymark.Testing;

namespace Waymark.Reporting.Tests;

/// <summary>
/// A store filled with the Leeds sample by the importers: the published list of LAs and regions, indicators, targets, results, the framework and, for
/// LSP-HW2Bi, the sample's comparators (England 54.3 and statistical neighbours 59.5, as the Q3 2008/09 report quotes).
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

        foreach (string kind in (string[])["areas", "indicators", "targets", "results", "framework", "comparators"])
        {
            string file = kind switch
            {
                "areas" => RepositoryPaths.PublicData("la_code_list.csv"),
                "framework" => RepositoryPaths.Sample("framework.json"),
                _ => RepositoryPaths.Sample(kind + ".csv"),
            };
            Importer import = Importers.ByKind[kind];
            await using WaymarkDb db = Open();
            using var reader = new StreamReader(file);
            ImportReport report = await import(db, reader, Path.GetFileName(file), new ImportOptions("importer@example.org", Clock), CancellationToken.None);
            if (!report.Succeeded)
            {
                throw new InvalidOperationException($"import {kind} failed: {string.Join('\n', report.Problems.Kept)}");
            }
        }
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
