using Waymark.Data.Store;

namespace Waymark.Data.Tests.Demo;

public sealed class SqliteDemoTests : DemoTestsBase
{
    private readonly string path = Path.Combine(Path.GetTempPath(), $"waymark-demo-{Guid.NewGuid():N}.db");

    public override Task InitializeAsync()
    {
        Location = DatabaseLocation.Sqlite(path);
        return Task.CompletedTask;
    }

    public override Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(path);
        return Task.CompletedTask;
    }
}
