using Microsoft.EntityFrameworkCore;

using Waymark.Data.Measures;
using Waymark.Data.Store;
using Waymark.Indicators;

namespace Waymark.Data.Tests.Store;

public sealed class StoreChangesTests : IAsyncLifetime
{
    private readonly string path = Path.Combine(Path.GetTempPath(), $"waymark-{Guid.NewGuid():N}.db");

    public async Task InitializeAsync()
    {
        await using WaymarkDb db = Open();
        await SchemaMigrator.MigrateAsync(db, TimeProvider.System);
    }

    public Task DisposeAsync()
    {
        File.Delete(path);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task SaveChanges_AdvancesTheGeneration()
    {
        await using WaymarkDb db = Open();
        db.Indicators.Add(new Indicator { Code = "NI 66", Definition = new() { Title = "Reviews on time", Unit = Unit.Percent, Polarity = Polarity.Higher, Tolerance = Tolerance.Default, Decimals = 1 } });
        long before = StoreChanges.Generation;

        await db.SaveChangesAsync();

        Assert.True(StoreChanges.Generation > before);
    }

    [Fact]
    public async Task DeleteWithoutLoading_AdvancesTheGeneration()
    {
        await using WaymarkDb db = Open();
        long before = StoreChanges.Generation;

        await db.Targets.Where(t => t.Value < 0).ExecuteDeleteAsync();

        Assert.True(StoreChanges.Generation > before);
    }

    [Fact]
    public async Task CommittedTransaction_AdvancesTheGenerationWhenCommitted()
    {
        await using WaymarkDb db = Open();
        await using var transaction = await db.Database.BeginTransactionAsync();
        await db.Database.ExecuteSqlRawAsync("DELETE FROM targets WHERE value < 0");
        long before = StoreChanges.Generation;

        await transaction.CommitAsync();

        Assert.True(StoreChanges.Generation > before);
    }

    private WaymarkDb Open() => WaymarkDatabase.Open(DatabaseLocation.Sqlite(path), TimeProvider.System, "test");
}
