using Waymark.Data.Store;
using Waymark.Testing;

namespace Waymark.Data.Tests.Store;

public sealed class PostgresStagingTableTests : StagingTableTestsBase
{
    public override async Task InitializeAsync() =>
        Location = new DatabaseLocation(DatabaseProvider.Postgres, await PostgresServer.Shared.CreateDatabaseAsync());

    public override Task DisposeAsync() => Task.CompletedTask;

    protected override string Shown(string column) => $"pg_typeof({column})::text || ':' || COALESCE({column}::text, 'NULL')";
}
