using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json.Nodes;

using Waymark.Data.Store;

namespace Waymark.Cli.Tests;

/// <summary>
/// <c>waymark backup</c> taken while results are being written, and <c>waymark restore</c> into an empty store giving
/// every table as it was at the backup; and the files and stores that restore refuses. Run against each database
/// engine by a subclass.
/// </summary>
public abstract class BackupTestsBase : IAsyncLifetime
{
    private const string WriterIndicator = "BACKUP 1";
    private static readonly TimeSpan WaitForWrites = TimeSpan.FromSeconds(90);

    protected string Folder { get; } = Directory.CreateTempSubdirectory("waymark-cli-backup-").FullName;

    /// <summary>The store backed up.</summary>
    protected abstract string Source { get; }

    private string BackupPath => Path.Combine(Folder, "waymark-backup.zip");

    public abstract Task InitializeAsync();

    public virtual Task DisposeAsync()
    {
        Directory.Delete(Folder, recursive: true);
        return Task.CompletedTask;
    }

    /// <summary>A new store with nothing in it (for SQLite, a file not yet made).</summary>
    protected abstract Task<string> EmptyStoreAsync();

    [Fact(Timeout = 300_000)]
    public async Task Backup_DemoStoreWhileResultsAreBeingWritten_RestoresIntoAnEmptyStoreEveryTableAsAtTheBackup()
    {
        Run("demo", "--database", Source);
        Run("import", "indicators", Write("writer.csv", $"code,title,unit,polarity,frequency,aggregation,tolerance,decimals\n{WriterIndicator},Written during the backup,number,higher,monthly,snapshot,,0\n"), "--database", Source);
        int written = 0;
        using var stop = new CancellationTokenSource();
        Task writer = Task.Run(() =>
        {
            for (int i = 1; !stop.IsCancellationRequested; i++)
            {
                Run("import", "results", Write(WriterFile(i), $"indicator,period,value\n{WriterIndicator},{Month(i)},{i}\n"), "--database", Source);
                Volatile.Write(ref written, i);
            }
        });

        await WaitUntilAsync(() => Volatile.Read(ref written) >= 3, writer);
        CliRun backup = CliRun.Of("backup", "--out", BackupPath, "--database", Source);
        int whenBackedUp = Volatile.Read(ref written);
        await WaitUntilAsync(() => Volatile.Read(ref written) >= whenBackedUp + 2, writer);
        await stop.CancelAsync();
        await writer;
        int total = Volatile.Read(ref written);

        Assert.True(backup.ExitCode == 0, backup.Error);
        int version = SchemaMigrator.Scripts(Provider)[^1].Version;
        Assert.StartsWith($"Backed up the {Describe(Source)} at schema version {version} to {BackupPath} (", backup.Output, StringComparison.Ordinal);
        string target = await EmptyStoreAsync();
        CliRun restore = CliRun.Of("restore", BackupPath, "--database", target);
        Assert.True(restore.ExitCode == 0, restore.Error);
        Assert.Matches($"^Restored waymark-backup.zip, a backup at schema version {version} taken [0-9-]+ [0-9:]+ UTC, into the {Describe(target)}\\.\n$", restore.Output);

        SortedDictionary<string, StoredTable> source = await StoreTables.ReadAsync(Source);
        SortedDictionary<string, StoredTable> restored = await StoreTables.ReadAsync(target);
        string writerId = source["indicators"].Rows.Single(r => r[source["indicators"].Column("code")] == $"'{WriterIndicator}'")[source["indicators"].Column("id")];
        StoredTable results = restored["results"];
        int atBackup = results.Rows.Count(r => r[results.Column("indicator_id")] == writerId);
        Assert.InRange(atBackup, 3, total - 1);

        // What the store held when the backup was taken: all it holds now but the writes made after.
        var later = Enumerable.Range(atBackup + 1, total - atBackup).ToList();
        var laterPeriods = later.Select(i => $"'{Month(i)}'").ToHashSet();
        var laterImports = later.Select(i => $"'{WriterFile(i)}'").ToHashSet();
        source["results"] = source["results"].Without(r => r[results.Column("indicator_id")] == writerId && laterPeriods.Contains(r[results.Column("period")]));
        StoredTable audit = source["audit_log"];
        source["audit_log"] = audit.Without(r => r[audit.Column("entity")] == "'import'" && laterImports.Contains(r[audit.Column("entity_key")]));
        Assert.Equal(source.Keys, restored.Keys);
        Assert.True(source.Values.Sum(t => t.Rows.Count) > 50_000, "The demo store was not loaded.");
        foreach ((string name, StoredTable table) in source)
        {
            Assert.True(table.Columns.SequenceEqual(restored[name].Columns), $"{name}: the columns differ");
            Assert.Equal(table.Lines, restored[name].Lines);
        }
    }

    [Fact(Timeout = 120_000)]
    public async Task Restore_BackupWhoseDataWasChanged_IsRefusedAndNothingIsRestored()
    {
        FillSmallStore(Source);
        Run("backup", "--out", BackupPath, "--database", Source);
        string data = Provider == DatabaseProvider.Sqlite ? "waymark.db" : "waymark.dump";
        await RewriteEntryAsync(data, bytes => bytes[bytes.Length / 2] ^= 0x01);
        string target = await EmptyStoreAsync();

        CliRun restore = CliRun.Of("restore", BackupPath, "--database", target);

        Assert.Equal(ExitCodes.BadInput, restore.ExitCode);
        Assert.Matches(
            $"^waymark-backup.zip is damaged or was changed after it was written: its {data} \\([0-9,]+ bytes\\) has the SHA-256 hash [0-9a-f]{{64}}, but its manifest says [0-9a-f]{{64}} \\([0-9,]+ bytes\\)\\. Nothing was restored; use another backup\\.\n$",
            restore.Error);
        Assert.Equal(string.Empty, restore.Output);
        Assert.All((await StoreTables.ReadAsync(target)).Values, t => Assert.Empty(t.Rows));
    }

    [Fact(Timeout = 120_000)]
    public async Task Restore_BackupOfANewerSchema_IsRefusedAndNothingIsRestored()
    {
        FillSmallStore(Source);
        Run("backup", "--out", BackupPath, "--database", Source);
        int newest = SchemaMigrator.Scripts(Provider)[^1].Version;
        await RewriteEntryAsync("manifest.json", _ => { }, manifest => manifest["schema_version"] = newest + 1);
        string target = await EmptyStoreAsync();

        CliRun restore = CliRun.Of("restore", BackupPath, "--database", target);

        Assert.Equal(ExitCodes.BadInput, restore.ExitCode);
        Assert.Equal(
            $"waymark-backup.zip is of schema version {newest + 1}, newer than this Waymark's {newest}: nothing was restored. Restore it with the Waymark that made it, or a newer one.\n",
            restore.Error);
        Assert.All((await StoreTables.ReadAsync(target)).Values, t => Assert.Empty(t.Rows));
    }

    [Fact(Timeout = 120_000)]
    public async Task Restore_BackupOfTheOtherEngine_IsRefusedAndNothingIsRestored()
    {
        FillSmallStore(Source);
        Run("backup", "--out", BackupPath, "--database", Source);
        (string other, string otherName, string otherFile) = Provider == DatabaseProvider.Sqlite
            ? ("postgres", "PostgreSQL", "waymark.dump")
            : ("sqlite", "SQLite", "waymark.db");
        await RewriteEntryAsync("manifest.json", _ => { }, manifest =>
        {
            manifest["engine"] = other;
            manifest["data_file"] = otherFile;
        });
        string target = await EmptyStoreAsync();

        CliRun restore = CliRun.Of("restore", BackupPath, "--database", target);

        Assert.Equal(ExitCodes.BadInput, restore.ExitCode);
        Assert.Equal(
            $"waymark-backup.zip is a backup of a {otherName} store and cannot be restored into the {Describe(target)}: restore it into a {otherName} store (--database {other}:...).\n",
            restore.Error);
        Assert.All((await StoreTables.ReadAsync(target)).Values, t => Assert.Empty(t.Rows));
    }

    [Fact(Timeout = 120_000)]
    public async Task Restore_BackupOfAnOlderSchema_IsBroughtUpToThisWaymarksSchema()
    {
        var scripts = SchemaMigrator.Scripts(Provider);
        int older = scripts[^3].Version;
        DatabaseLocation source = DatabaseLocation.TryParse(Source, out DatabaseLocation? location, out string? error) ? location : throw new InvalidOperationException(error);
        await using (WaymarkDb db = WaymarkDatabase.Open(source, TimeProvider.System, "test"))
        {
            await SchemaMigrator.MigrateAsync(db, TimeProvider.System, toVersion: older);
        }

        CliRun backup = Run("backup", "--out", BackupPath, "--database", Source);
        Assert.Contains($" at schema version {older} to ", backup.Output, StringComparison.Ordinal);
        string target = await EmptyStoreAsync();

        CliRun restore = CliRun.Of("restore", BackupPath, "--database", target);

        Assert.True(restore.ExitCode == 0, restore.Error);
        Assert.EndsWith($"into the {Describe(target)}. It was brought up to schema version {scripts[^1].Version}.\n", restore.Output, StringComparison.Ordinal);
        StoredTable applied = (await StoreTables.ReadAsync(target))["schema_migrations"];
        Assert.Equal(
            scripts.Select(s => s.Version.ToString(CultureInfo.InvariantCulture)).Order(StringComparer.Ordinal),
            applied.Rows.Select(r => r[applied.Column("version")]).Order(StringComparer.Ordinal));
    }

    [Theory(Timeout = 120_000)]
    [InlineData("results.csv", "it is not a zip file")]
    [InlineData("no-manifest.zip", "it holds no manifest.json")]
    [InlineData("other-manifest.zip", "its manifest.json does not say \"format\": \"waymark-backup\"")]
    [InlineData("empty-manifest.zip", "its manifest.json is not JSON")]
    public async Task Restore_FileThatIsNotAWaymarkBackup_IsRefusedSayingWhy(string name, string why)
    {
        string path = Path.Combine(Folder, name);
        if (name.EndsWith(".csv", StringComparison.Ordinal))
        {
            await File.WriteAllTextAsync(path, "indicator,period,value\nNI 66,2010/11 Q3,77.4\n");
        }
        else
        {
            using ZipArchive zip = ZipFile.Open(path, ZipArchiveMode.Create);
            string entry = name == "no-manifest.zip" ? "waymark.db" : "manifest.json";
            await using StreamWriter writer = new(zip.CreateEntry(entry).Open());
            await writer.WriteAsync(name == "other-manifest.zip" ? "{\"format\": \"something-else\", \"schema_version\": 1}" : string.Empty);
        }

        string target = await EmptyStoreAsync();

        CliRun restore = CliRun.Of("restore", path, "--database", target);

        Assert.Equal(ExitCodes.BadInput, restore.ExitCode);
        Assert.StartsWith($"{name} is not a Waymark backup: {why}", restore.Error, StringComparison.Ordinal);
        Assert.EndsWith(". A backup is a file written by waymark backup --out FILE.\n", restore.Error, StringComparison.Ordinal);
        Assert.All((await StoreTables.ReadAsync(target)).Values, t => Assert.Empty(t.Rows));
    }

    [Fact(Timeout = 120_000)]
    public async Task Restore_IntoAStoreThatHoldsData_IsRefusedUnlessReplaceIsGiven()
    {
        FillSmallStore(Source);
        Run("backup", "--out", BackupPath, "--database", Source);
        string target = await EmptyStoreAsync();
        Run("import", "indicators", Write("other.csv", "code,title,unit,polarity,frequency,aggregation,tolerance,decimals\nOTHER 1,Another council's,percent,higher,quarterly,snapshot,,1\n"), "--database", target);
        SortedDictionary<string, StoredTable> before = await StoreTables.ReadAsync(target);

        CliRun refused = CliRun.Of("restore", BackupPath, "--database", target);

        Assert.Equal(ExitCodes.StoreNotEmpty, refused.ExitCode);
        Assert.Matches(
            $"^The {System.Text.RegularExpressions.Regex.Escape(Describe(target))} already holds data \\((audit_log|indicator_versions|indicators): [0-9]+ rows?, .*\\): nothing was restored\\. Restore into an empty store, or give --replace to replace everything in it with the backup\\.\n$",
            refused.Error);
        AssertSame(before, await StoreTables.ReadAsync(target));

        CliRun replaced = CliRun.Of("restore", BackupPath, "--database", target, "--replace");

        Assert.True(replaced.ExitCode == 0, replaced.Error);
        AssertSame(await StoreTables.ReadAsync(Source), await StoreTables.ReadAsync(target));
        Assert.DoesNotContain(
            (await StoreTables.ReadAsync(target))["indicators"].Lines,
            line => line.Contains("OTHER 1", StringComparison.Ordinal));
    }

    private DatabaseProvider Provider => Source.StartsWith("sqlite:", StringComparison.Ordinal) ? DatabaseProvider.Sqlite : DatabaseProvider.Postgres;

    private static string Describe(string database) =>
        DatabaseLocation.TryParse(database, out DatabaseLocation? location, out string? error) ? location.Describe() : throw new InvalidOperationException(error);

    private static string Month(int i) => new DateOnly(2000, 1, 1).AddMonths(i - 1).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static string WriterFile(int i) => string.Create(CultureInfo.InvariantCulture, $"during-the-backup-{i:D4}.csv");

    private static void AssertSame(SortedDictionary<string, StoredTable> expected, SortedDictionary<string, StoredTable> actual)
    {
        Assert.Equal(expected.Keys, actual.Keys);
        foreach ((string name, StoredTable table) in expected)
        {
            Assert.Equal(table.Lines, actual[name].Lines);
        }
    }

    private static async Task WaitUntilAsync(Func<bool> condition, Task writer)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (writer.IsCompleted)
            {
                await writer;
                Assert.Fail("The writer stopped.");
            }

            Assert.True(clock.Elapsed < WaitForWrites, $"The writer had not written enough after {WaitForWrites.TotalSeconds} s.");
            await Task.Delay(10);
        }
    }

    private void FillSmallStore(string database)
    {
        Run("import", "indicators", Write("indicators.csv", "code,title,unit,polarity,frequency,aggregation,tolerance,decimals\nNI 66,Reviews on time,percent,higher,quarterly,snapshot,,1\nNI 43,Young people sentenced,percent,lower,quarterly,snapshot,,1\n"), "--database", database);
        Run("import", "results", Write("results.csv", "indicator,period,value,commentary\nNI 66,2010/11 Q3,77.4,\"On track, see \"\"notes\"\"\"\nNI 43,2010/11 Q3,6.5,\n"), "--database", database);
    }

    // Replaces one entry of the backup with its bytes changed by change, or, for the manifest, its JSON by edit.
    private async Task RewriteEntryAsync(string entryName, Action<byte[]> change, Action<JsonObject>? edit = null)
    {
        using ZipArchive zip = ZipFile.Open(BackupPath, ZipArchiveMode.Update);
        ZipArchiveEntry entry = zip.GetEntry(entryName) ?? throw new InvalidOperationException($"The backup holds no {entryName}");
        byte[] bytes;
        using (var buffer = new MemoryStream())
        {
            await using (Stream stream = entry.Open())
            {
                await stream.CopyToAsync(buffer);
            }

            bytes = buffer.ToArray();
        }

        if (edit is not null)
        {
            JsonObject manifest = JsonNode.Parse(bytes)!.AsObject();
            edit(manifest);
            bytes = Encoding.UTF8.GetBytes(manifest.ToJsonString());
        }

        change(bytes);
        entry.Delete();
        await using Stream rewritten = zip.CreateEntry(entryName).Open();
        await rewritten.WriteAsync(bytes);
    }

    private static CliRun Run(params string[] args)
    {
        CliRun run = CliRun.Of(args);
        Assert.True(run.ExitCode == 0, $"waymark {string.Join(' ', args)} failed: {run.Error}");
        return run;
    }

    private string Write(string name, string text)
    {
        string path = Path.Combine(Folder, name);
        File.WriteAllText(path, text);
        return path;
    }
}
