using System.Data.Common;

using Microsoft.EntityFrameworkCore;

using Waymark.Data.Store;

namespace Waymark.Data.Tests.Store;

/// <summary>
/// A staging table stores every value exactly as a command with parameters (what EF Core uses) would, so that
/// imported rows compare equal to rows saved through EF Core. Run against each database engine by a subclass.
/// </summary>
public abstract class StagingTableTestsBase : IAsyncLifetime
{
    private static readonly StagingColumn[] Columns =
    [
        new("n", StagingType.Integer), new("code", StagingType.Text), new("amount", StagingType.Number),
        new("starts", StagingType.Date), new("flag", StagingType.Boolean), new("stamp", StagingType.Timestamp),
    ];

    protected DatabaseLocation Location { get; set; } = DatabaseLocation.Default;

    public abstract Task InitializeAsync();

    public abstract Task DisposeAsync();

    /// <summary>The SQL that shows a column's stored value and type as text.</summary>
    protected abstract string Shown(string column);

    [Fact]
    public async Task Add_EveryKindOfValue_IsStoredAsAParameterWouldStoreIt()
    {
        object stamp = new DateTimeOffset(2026, 11, 30, 6, 37, 38, TimeSpan.Zero).AddTicks(6828913);
        object code = "NI 66";
        object?[][] rows =
        [
            [1, code, 77.4m, new DateOnly(2008, 10, 1), true, stamp],
            [2, code, 1538m, new DateOnly(2010, 1, 1), false, stamp],
            [3, "Café – “naïve” reviews, see \"plan\"", 12.50m, new DateOnly(1900, 4, 1), true, new DateTimeOffset(2009, 1, 20, 9, 30, 0, TimeSpan.Zero)],
            [4, new string('x', 300), 79228162514264337593543950335m, new DateOnly(2998, 12, 31), false, DateTimeOffset.UnixEpoch],
            [5, string.Empty, -0.0000001m, null, null, null],
            [6, null, 0m, new DateOnly(2008, 10, 1), true, stamp],
            [7, code, 0.125m, new DateOnly(2008, 10, 1), false, stamp],
            [-8, null, null, null, null, null],
        ];

        await using WaymarkDb db = WaymarkDatabase.Open(Location, TimeProvider.System, "test");
        await db.Database.OpenConnectionAsync();
        DbConnection connection = db.Database.GetDbConnection();
        await using DbTransaction transaction = await connection.BeginTransactionAsync();
        using (StagingTable staging = StagingTable.CreateTemporary(connection, transaction, "staged", Columns))
        {
            foreach (object?[] row in rows)
            {
                staging.Add(row);
            }

            staging.Complete();
        }

        await using (DbCommand create = connection.CreateCommand())
        {
            create.Transaction = transaction;
            create.CommandText = "CREATE TEMPORARY TABLE bound AS SELECT * FROM staged WHERE 1 = 0";
            await create.ExecuteNonQueryAsync();
        }

        foreach (object?[] row in rows)
        {
            await using DbCommand insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = $"INSERT INTO bound VALUES ({string.Join(", ", Columns.Select((_, i) => "@p" + i))})";
            for (int i = 0; i < row.Length; i++)
            {
                DbParameter parameter = insert.CreateParameter();
                parameter.ParameterName = "@p" + i;
                parameter.Value = row[i] ?? DBNull.Value;
                insert.Parameters.Add(parameter);
            }

            await insert.ExecuteNonQueryAsync();
        }

        Assert.Equal(await ReadAsync(connection, transaction, "bound"), await ReadAsync(connection, transaction, "staged"));
        Assert.Equal(rows.Length, (await ReadAsync(connection, transaction, "staged")).Count);
    }

    [Fact]
    public async Task Add_ManyBatchesOfRows_StoresEveryRow()
    {
        await using WaymarkDb db = WaymarkDatabase.Open(Location, TimeProvider.System, "test");
        await db.Database.OpenConnectionAsync();
        DbConnection connection = db.Database.GetDbConnection();
        await using DbTransaction transaction = await connection.BeginTransactionAsync();
        using (StagingTable staging = StagingTable.CreateTemporary(connection, transaction, "staged", Columns))
        {
            for (int n = 1; n <= 5000; n++)
            {
                staging.Add([n, "row " + n, n / 10m, null, n % 2 == 0, null]);
            }

            staging.Complete();
            Assert.Equal(5000, staging.Rows);
        }

        await using DbCommand check = connection.CreateCommand();
        check.Transaction = transaction;
        check.CommandText = "SELECT COUNT(*), SUM(n), SUM(CASE WHEN flag THEN 1 ELSE 0 END), MAX(CASE WHEN n = 4321 THEN code END), MAX(CASE WHEN n = 4321 THEN amount END) FROM staged";
        await using DbDataReader reader = await check.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal(
            ("5000", "12502500", "2500", "row 4321", "432.1"),
            (Text(reader, 0), Text(reader, 1), Text(reader, 2), Text(reader, 3), Text(reader, 4)));
    }

    [Fact]
    public async Task Complete_RowTheTableRefuses_ThrowsTheDatabasesError()
    {
        await using WaymarkDb db = WaymarkDatabase.Open(Location, TimeProvider.System, "test");
        await db.Database.OpenConnectionAsync();
        DbConnection connection = db.Database.GetDbConnection();
        await using DbTransaction transaction = await connection.BeginTransactionAsync();
        await using (DbCommand create = connection.CreateCommand())
        {
            create.Transaction = transaction;
            create.CommandText = "CREATE TEMPORARY TABLE strict (n integer NOT NULL, code text, amount numeric, starts date, flag boolean, stamp timestamp with time zone)";
            await create.ExecuteNonQueryAsync();
        }

        using StagingTable staging = StagingTable.Open(connection, transaction, "strict", Columns);
        var error = Assert.ThrowsAny<DbException>(() =>
        {
            for (int n = 1; n <= 3000; n++)
            {
                staging.Add([n == 1500 ? null : n, "row", 1m, null, true, null]);
            }

            staging.Complete();
        });

        Assert.Contains("null", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    private static string Text(DbDataReader reader, int column) =>
        Convert.ToString(reader.GetValue(column), System.Globalization.CultureInfo.InvariantCulture)!;

    private async Task<List<string>> ReadAsync(DbConnection connection, DbTransaction transaction, string table)
    {
        await using DbCommand select = connection.CreateCommand();
        select.Transaction = transaction;
        select.CommandText = $"SELECT {string.Join(" || ' | ' || ", Columns.Select(c => Shown(c.Name)))} FROM {table} ORDER BY n";
        var shown = new List<string>();
        await using DbDataReader reader = await select.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            shown.Add(reader.GetString(0));
        }

        return shown;
    }
}
