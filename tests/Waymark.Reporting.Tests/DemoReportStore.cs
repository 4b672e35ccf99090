using Waymark.Data.Demo;
using Waymark.Data.Imports;
using Waymark.Data.Store;

namespace Waymark.Reporting.Tests;

/// <summary>A store holding the demo council, loaded as <c>waymark demo</c> loads it: every file through its import.</summary>
public sealed class DemoReportStore : IAsyncLifetime
{
    private readonly string folder = Directory.CreateTempSubdirectory("waymark-demo-report-").FullName;

    public DemoReportStore()
    {
        Location = DatabaseLocation.Sqlite(Path.Combine(folder, "waymark.db"));
    }

    public DatabaseLocation Location { get; }

    public TimeProvider Clock { get; } = new FixedClock(new DateTimeOffset(2011, 3, 1, 9, 0, 0, TimeSpan.Zero));

    public string Folder => folder;

    public WaymarkDb Open() => WaymarkDatabase.Open(Location, Clock, "officer@example.org");

    public async Task InitializeAsync()
    {
        await using WaymarkDb db = Open();
        await SchemaMigrator.MigrateAsync(db, Clock);
        IReadOnlyList<ImportReport> reports = await DemoCouncil.LoadAsync(db, new ImportOptions("importer@example.org", Clock));
        ImportReport? refused = reports.FirstOrDefault(r => !r.Succeeded);
        if (refused is not null)
        {
            throw new InvalidOperationException($"the demo did not load: {string.Join('\n', refused.Problems.Kept)}");
        }
    }

    public Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
        return Task.CompletedTask;
    }
}
