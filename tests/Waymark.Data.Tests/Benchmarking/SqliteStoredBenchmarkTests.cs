using Waymark.Data.Store;

namespace Waymark.Data.Tests.Benchmarking;

public sealed class SqliteStoredBenchmarkTests : StoredBenchmarkTestsBase
{
    private readonly string path = Path.Combine(Path.GetTempPath(), $"waymark-benchmark-{Guid.NewGuid():N}.db");

    public override async Task InitializeAsync()
    {
        Location = DatabaseLocation.Sqlite(path);
        await FillAsync();
    }

    public override Task DisposeAsync()
    {
        File.Delete(path);
        return Task.CompletedTask;
    }
}
