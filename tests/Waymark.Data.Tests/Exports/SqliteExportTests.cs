using Waymark.Data.Store;

namespace Waymark.Data.Tests.Exports;

public sealed class SqliteExportTests : ExportTestsBase
{
    private readonly string path = Path.Combine(Path.GetTempPath(), $"waymark-export-{Guid.NewGuid():N}.db");

    public override async Task InitializeAsync()
    {
        Location = DatabaseLocation.Sqlite(path);
        await MigrateAndImportSampleAsync();
    }

    public override Task DisposeAsync()
    {
        File.Delete(path);
        return Task.CompletedTask;
    }
}
