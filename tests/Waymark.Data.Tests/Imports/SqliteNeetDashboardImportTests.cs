using Waymark.Data.Store;

namespace Waymark.Data.Tests.Imports;

public sealed class SqliteNeetDashboardImportTests : NeetDashboardImportTestsBase
{
    private readonly string path = Path.Combine(Path.GetTempPath(), $"waymark-neet-{Guid.NewGuid():N}.db");

    public override async Task InitializeAsync()
    {
        Location = DatabaseLocation.Sqlite(path);
        await MigrateAsync();
    }

    public override Task DisposeAsync()
    {
        File.Delete(path);
        return Task.CompletedTask;
    }
}
