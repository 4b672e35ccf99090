namespace Waymark.Cli.Tests;

public sealed class SqliteBackupTests : BackupTestsBase
{
    private int stores;

    protected override string Source => "sqlite:" + Path.Combine(Folder, "waymark.db");

    public override Task InitializeAsync() => Task.CompletedTask;

    protected override Task<string> EmptyStoreAsync() =>
        Task.FromResult("sqlite:" + Path.Combine(Folder, $"restored-{Interlocked.Increment(ref stores)}.db"));

    [Fact]
    public void Backup_SqliteStoreThatDoesNotExist_IsRefusedAndNoFileIsWritten()
    {
        string missing = Path.Combine(Folder, "no-such.db");
        string file = Path.Combine(Folder, "backup.zip");

        CliRun backup = CliRun.Of("backup", "--out", file, "--database", "sqlite:" + missing);

        Assert.Equal(ExitCodes.BadInput, backup.ExitCode);
        Assert.Equal($"--database: there is no SQLite database {missing} to back up\n", backup.Error);
        Assert.False(File.Exists(file));
        Assert.False(File.Exists(missing));
    }
}
