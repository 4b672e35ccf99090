using Npgsql;

using Waymark.Testing;

namespace Waymark.Data.Tests.Database;

public class PostgresServerTests
{
    [Fact]
    public async Task CreateDatabase_AnswersQueriesAndListensOnLoopbackOnly()
    {
        await using var connection = new NpgsqlConnection(await PostgresServer.Shared.CreateDatabaseAsync());
        await connection.OpenAsync();

        Assert.Equal(2, await ScalarAsync<int>(connection, "select 1 + 1"));
        Assert.Equal("127.0.0.1", await ScalarAsync<string>(connection, "show listen_addresses"));
    }

    [Fact]
    public async Task CreateDatabase_Twice_GivesSeparateDatabases()
    {
        string first = await PostgresServer.Shared.CreateDatabaseAsync();
        string second = await PostgresServer.Shared.CreateDatabaseAsync();
        Assert.NotEqual(new NpgsqlConnectionStringBuilder(first).Database, new NpgsqlConnectionStringBuilder(second).Database);

        await using (var connection = new NpgsqlConnection(first))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand("create table indicator (code text primary key)", connection);
            await create.ExecuteNonQueryAsync();
            Assert.True(await TableExistsAsync(connection, "indicator"));
        }

        await using (var connection = new NpgsqlConnection(second))
        {
            await connection.OpenAsync();
            Assert.False(await TableExistsAsync(connection, "indicator"));
        }
    }

    private static async Task<bool> TableExistsAsync(NpgsqlConnection connection, string table)
    {
        return await ScalarAsync<bool>(connection, $"select to_regclass('public.{table}') is not null");
    }

    private static async Task<T> ScalarAsync<T>(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return Assert.IsType<T>(await command.ExecuteScalarAsync());
    }
}
