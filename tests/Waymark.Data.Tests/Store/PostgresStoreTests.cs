using Waymark.Data.Store;
using Waymark.Testing;

namespace Waymark.Data.Tests.Store;

public sealed class PostgresStoreTests : StoreTestsBase
{
    public override async Task InitializeAsync() =>
        Location = new DatabaseLocation(DatabaseProvider.Postgres, await PostgresServer.Shared.CreateDatabaseAsync());

    public override Task DisposeAsync() => Task.CompletedTask;
}
