using Waymark.Testing;

namespace Waymark.Cli.Tests;

public sealed class PostgresInterruptedImportTests : InterruptedImportTestsBase
{
    private string connectionString = string.Empty;

    protected override string Database => "postgres:" + connectionString;

    public override async Task InitializeAsync() => connectionString = await PostgresServer.Shared.CreateDatabaseAsync();
}
