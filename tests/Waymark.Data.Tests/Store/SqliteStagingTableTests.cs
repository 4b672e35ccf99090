using Waymark.Data.Store;

namespace Waymark.Data.Tests.Store;

public sealed class SqliteStagingTableTests : StagingTableTestsBase
{
    private readonly string path = Path.Combine(Path.GetTempPath(), $"waymark-staging-{Guid.NewGuid():N}.db");

    public override Task InitializeAsync()
    {
        Location = DatabaseLocation.Sqlite(path);
        return Task.CompletedTask;
    }

    public override Task DisposeAsync()
    {
        File.Delete(path);
        return Task.CompletedTask;
    }

    protected override string Shown(string column) => $"typeof({column}) || ':' || quote({column})";
}
