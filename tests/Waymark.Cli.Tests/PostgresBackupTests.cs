using Waymark.Testing;

namespace Waymark.Cli.Tests;

public sealed class PostgresBackupTests : BackupTestsBase
{
    private string connectionString = string.Empty;

    protected override string Source => "postgres:" + connectionString;

    public override async Task InitializeAsync() => connectionString = await PostgresServer.Shared.CreateDatabaseAsync();

    protected override async Task<string> EmptyStoreAsync() => "postgres:" + await PostgresServer.Shared.CreateDatabaseAsync();
}
