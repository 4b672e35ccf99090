using Microsoft.EntityFrameworkCore;

using Waymark.Data.Store;

namespace Waymark.Cli.Tests;

public sealed class SqliteBackupTests : BackupTestsBase
{
    private int stores;

    protected override string Source => "sqlite:" + Path.Combine(Folder, "waymark.db");

    public override Task InitializeAsync() => Task.CompletedTask;

    protected override Task<string> EmptyStoreAsync() =>
        Task.FromResult("sqlite:" + Path.Combine(Folder, $"restored-{Interlocked.Increment(ref stores)}.db"));

    [Fact(Timeout = 120_000)]
    public async Task Restore_ReplaceWhileTheWebAppHasTheStoreOpen_TheOpenConnectionReadsTheBackup()
    {
        string backup = Path.Combine(Folder, "backup.zip");
        Import(Source, "indicators", "code,title,unit,polarity,frequency,aggregation,tolerance,decimals\nNI 66,Reviews on time,percent,higher,quarterly,snapshot,,1\n");
        Assert.Equal(0, CliRun.Of("backup", "--out", backup, "--database", Source).ExitCode);
        string target = await EmptyStoreAsync();
        Import(target, "indicators", "code,title,unit,polarity,frequency,aggregation,tolerance,decimals\nOTHER 1,Another council's,percent,higher,quarterly,snapshot,,1\n");
        DatabaseLocation location = DatabaseLocation.TryParse(target, out DatabaseLocation? parsed, out string? error) ? parsed : throw new InvalidOperationException(error);
        await using WaymarkDb app = WaymarkDatabase.Open(location, TimeProvider.System, "web");
        await app.Database.OpenConnectionAsync();
        Assert.Equal(["OTHER 1"], await app.Indicators.Select(i => i.Code).ToListAsync());

        CliRun restore = CliRun.Of("restore", backup, "--database", target, "--replace");

        Assert.True(restore.ExitCode == 0, restore.Error);
        Assert.Equal(["NI 66"], await app.Indicators.Select(i => i.Code).ToListAsync());
    }

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

    private void Import(string database, string kind, string text)
    {
        string file = Path.Combine(Folder, $"{kind}-{Guid.NewGuid():N}.csv");
        File.WriteAllText(file, text);
        CliRun run = CliRun.Of("import", kind, file, "--database", database);
        Assert.True(run.ExitCode == 0, run.Error);
    }
}
