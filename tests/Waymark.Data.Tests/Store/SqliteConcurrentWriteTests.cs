using System.Diagnostics;

using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

using Waymark.Data.Measures;
using Waymark.Data.Store;
using Waymark.Data.Tests.Imports;
using Waymark.Indicators;

namespace Waymark.Data.Tests.Store;

/// <summary>Several connections writing one SQLite file at once, as the web app and a command do.</summary>
public sealed class SqliteConcurrentWriteTests : IAsyncLifetime
{
    private readonly string path = Path.Combine(Path.GetTempPath(), $"waymark-writers-{Guid.NewGuid():N}.db");

    private readonly FakeClock clock = new(new DateTimeOffset(2011, 4, 1, 9, 0, 0, TimeSpan.Zero));

    private DatabaseLocation Location => DatabaseLocation.Sqlite(path);

    public async Task InitializeAsync()
    {
        await using WaymarkDb db = Open("setup");
        await SchemaMigrator.MigrateAsync(db, clock);
    }

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        foreach (string file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }

        return Task.CompletedTask;
    }

    [Fact]
    public async Task Open_AnyConnection_IsInWriteAheadLogModeWithABusyTimeout()
    {
        await using WaymarkDb db = Open("reader");
        await db.Database.OpenConnectionAsync();

        Assert.Equal("wal", await PragmaAsync(db, "journal_mode"));
        Assert.Equal("15000", await PragmaAsync(db, "busy_timeout"));
    }

    [Fact]
    public async Task TwoWriters_TheSecondWhileTheFirstHoldsTheLock_WaitsAndBothAreStored()
    {
        await using WaymarkDb first = Open("first");
        await using (var transaction = await first.Database.BeginTransactionAsync())
        {
            IndicatorVersioning.Add(first, Definition("LOCAL 1"), "first", clock.GetUtcNow());
            await first.SaveChangesAsync();

            Task<int> second = Task.Run(async () =>
            {
                await using WaymarkDb db = Open("second");
                IndicatorVersioning.Add(db, Definition("LOCAL 2"), "second", clock.GetUtcNow());
                return await db.SaveChangesAsync();
            });
            await Task.Delay(TimeSpan.FromMilliseconds(500));
            Assert.False(second.IsCompleted, "The second writer went ahead while the first held the write lock.");

            await transaction.CommitAsync();
            Assert.True(await second > 0);
        }

        await using WaymarkDb check = Open("check");
        Assert.Equal(["LOCAL 1", "LOCAL 2"], await check.Indicators.OrderBy(i => i.Code).Select(i => i.Code).ToListAsync());
    }

    [Fact]
    public async Task Writer_WhileAReaderHoldsItsSnapshot_CommitsWithoutWaitingAndTheReaderKeepsWhatItRead()
    {
        await using WaymarkDb reader = Open("reader");
        await reader.Database.OpenConnectionAsync();
        var connection = (SqliteConnection)reader.Database.GetDbConnection();
        await using SqliteTransaction snapshot = connection.BeginTransaction(deferred: true);
        Assert.Equal(0L, await CountAsync(connection, snapshot));

        var watch = Stopwatch.StartNew();
        await using (WaymarkDb writer = Open("writer"))
        {
            IndicatorVersioning.Add(writer, Definition("LOCAL 3"), "writer", clock.GetUtcNow());
            await writer.SaveChangesAsync().WaitAsync(TimeSpan.FromSeconds(10));
        }

        Assert.True(watch.Elapsed < SqliteConnectionSetup.BusyTimeout, $"The writer waited {watch.Elapsed} for the reader.");
        Assert.Equal(0L, await CountAsync(connection, snapshot));
        await snapshot.CommitAsync();
        await using WaymarkDb check = Open("check");
        Assert.Equal(1, await check.Indicators.CountAsync());
    }

    [Fact]
    public async Task TwentyWriters_AtOnce_AreAllStored()
    {
        await Task.WhenAll(Enumerable.Range(1, 20).Select(n => Task.Run(async () =>
        {
            await using WaymarkDb db = Open($"writer {n}");
            IndicatorVersioning.Add(db, Definition($"LOCAL {n + 100}"), $"writer {n}", clock.GetUtcNow());
            await db.SaveChangesAsync();
        })));

        await using WaymarkDb check = Open("check");
        Assert.Equal(20, await check.Indicators.CountAsync());
        Assert.Equal(20, await check.IndicatorVersions.CountAsync());
    }

    private WaymarkDb Open(string actor) => WaymarkDatabase.Open(Location, clock, actor);

    private static IndicatorDefinition Definition(string code) => new(code, "Children seen within 10 days", Unit.Percent, Polarity.Higher);

    private static async Task<string?> PragmaAsync(WaymarkDb db, string name)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = $"PRAGMA {name}";
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<long> CountAsync(SqliteConnection connection, SqliteTransaction transaction)
    {
        await using SqliteCommand command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT COUNT(*) FROM indicators";
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
