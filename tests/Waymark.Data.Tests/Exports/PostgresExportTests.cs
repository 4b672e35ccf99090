using Waymark.Data.Store;
using Waymark.Testing;

namespace Waymark.Data.Tests.Exports;

public sealed class PostgresExportTests : ExportTestsBase
{
    public override async Task InitializeAsync()
    {
        Location = new DatabaseLocation(DatabaseProvider.Postgres, await PostgresServer.Shared.CreateDatabaseAsync());
        await MigrateAndImportSampleAsync();
    }

    public override Task DisposeAsync() => Task.CompletedTask;
}
