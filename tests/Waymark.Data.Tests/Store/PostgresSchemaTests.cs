using Waymark.Data.Store;
using Waymark.Testing;

namespace Waymark.Data.Tests.Store;

public sealed class PostgresSchemaTests : SchemaTestsBase
{
    protected override string ColumnsQuery =>
        "SELECT table_name::text, column_name::text, is_nullable = 'YES' FROM information_schema.columns " +
        "WHERE table_schema = 'public' AND table_name <> 'schema_migrations'";

    public override async Task InitializeAsync() =>
        Location = new DatabaseLocation(DatabaseProvider.Postgres, await PostgresServer.Shared.CreateDatabaseAsync());

    public override Task DisposeAsync() => Task.CompletedTask;
}
