namespace Waymark.Cli.Tests;

public sealed class SqliteBackupTests : BackupTestsBase
{
    private int stores;

    protected override string Source => "sqlite:" + Path.Combine(Folder, "waymark.db");

    public override Task InitializeAsync() => Task.CompletedTask;

    protected override Task<string> EmptyStoreAsync() =>
        Task.FromResult("sqlite:" + Path.Combine(Folder, $"restored-{Interlocked.Increment(ref stores)}.db"));
}
