using Waymark.Data.Store;
using Waymark.Testing;

namespace Waymark.Data.Tests.Benchmarking;

public sealed class PostgresStoredBenchmarkTests : StoredBenchmarkTestsBase
{
    public override async Task InitializeAsync()
    {
        Location = new DatabaseLocation(DatabaseProvider.Postgres, await PostgresServer.Shared.CreateDatabaseAsync());
        await FillAsync();
    }

    public override Task DisposeAsync() => Task.CompletedTask;
}
