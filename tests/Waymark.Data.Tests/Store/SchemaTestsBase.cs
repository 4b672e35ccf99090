using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Waymark.Data.Store;

namespace Waymark.Data.Tests.Store;

/// <summary>The schema scripts against the model, run on each engine by a subclass.</summary>
public abstract class SchemaTestsBase : IAsyncLifetime
{
    protected DatabaseLocation Location { get; set; } = DatabaseLocation.Default;

    public abstract Task InitializeAsync();

    public abstract Task DisposeAsync();

    /// <summary>The (table, column, nullable) triples of the live database.</summary>
    protected abstract string ColumnsQuery { get; }

    private WaymarkDb Open() => WaymarkDatabase.Open(Location, TimeProvider.System, "test");

    [Fact]
    public async Task Scripts_ProduceEveryTableAndColumnOfTheModel()
    {
        await using WaymarkDb db = Open();
        await SchemaMigrator.MigrateAsync(db, TimeProvider.System);

        var expected = db.Model.GetEntityTypes()
            .SelectMany(e => e.GetFlattenedProperties().Select(p => $"{e.GetTableName()}.{p.GetColumnName()} {(p.IsNullable ? "null" : "not null")}"))
            .Order(StringComparer.Ordinal)
            .ToList();
        var actual = new List<string>();
        DbConnection connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using (DbCommand command = connection.CreateCommand())
        {
            command.CommandText = ColumnsQuery;
            await using DbDataReader reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                actual.Add($"{reader.GetString(0)}.{reader.GetString(1)} {(reader.GetBoolean(2) ? "null" : "not null")}");
            }
        }

        actual.Sort(StringComparer.Ordinal);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public async Task Upgrade_DatabaseHoldingDataAtEachEarlierVersion_KeepsItsData()
    {
        var scripts = SchemaMigrator.Scripts(Location.Provider);
        await using WaymarkDb db = Open();
        await SchemaMigrator.MigrateAsync(db, TimeProvider.System, toVersion: 1);
        await db.Database.ExecuteSqlRawAsync(
            "INSERT INTO indicators (code, title, unit, polarity, frequency, aggregation, tolerance, decimals, year_type, version, illustrative) " +
            "VALUES ('NI 66', 'Reviews on time', 'percent', 'higher', 'quarterly', 'ratio', '5%', 1, 'financial', 1, false)");
        await db.Database.ExecuteSqlRawAsync(
            "INSERT INTO results (indicator_id, period, period_start, value, provisional, data_quality, entered_by, entered_at, illustrative, concurrency_version) " +
            "SELECT id, '2008/09 Q3', '2008-10-01', 77.4, false, 'ok', 'officer', '2009-01-20 09:30:00+00:00', false, 0 FROM indicators");

        var applied = await SchemaMigrator.MigrateAsync(db, TimeProvider.System);

        Assert.Equal(scripts.Skip(1).Select(s => s.Version), applied.Select(s => s.Version));
        Assert.Equal(scripts[^1].Version, await SchemaMigrator.CurrentVersionAsync(db));
        var result = await db.Results.AsNoTracking().SingleAsync();
        Assert.Equal(77.4m, result.Value);
        Assert.Equal("NI 66", (await db.Indicators.AsNoTracking().SingleAsync()).Code);
    }
}
