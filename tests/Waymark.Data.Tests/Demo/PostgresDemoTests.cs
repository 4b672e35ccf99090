using Waymark.Data.Store;
using Waymark.Testing;

namespace Waymark.Data.Tests.Demo;

public sealed class PostgresDemoTests : DemoTestsBase
{
    public override async Task InitializeAsync() =>
        Location = new DatabaseLocation(DatabaseProvider.Postgres, await PostgresServer.Shared.CreateDatabaseAsync());

    public override Task DisposeAsync() => Task.CompletedTask;
}
