using Waymark.Data.Store;
using Waymark.Testing;

namespace Waymark.Data.Tests.Imports;

public sealed class PostgresNeetDashboardImportTests : NeetDashboardImportTestsBase
{
    public override async Task InitializeAsync()
    {
        Location = new DatabaseLocation(DatabaseProvider.Postgres, await PostgresServer.Shared.CreateDatabaseAsync());
        await MigrateAsync();
    }

    public override Task DisposeAsync() => Task.CompletedTask;
}
