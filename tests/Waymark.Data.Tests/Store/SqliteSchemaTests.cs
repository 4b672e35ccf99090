using Waymark.Data.Store;

namespace Waymark.Data.Tests.Store;

public sealed class SqliteSchemaTests : SchemaTestsBase
{
    private readonly string path = Path.Combine(Path.GetTempPath(), $"waymark-schema-{Guid.NewGuid():N}.db");

    protected override string ColumnsQuery =>
        "SELECT m.name, p.name, p.\"notnull\" = 0 AND p.pk = 0 FROM sqlite_master m JOIN pragma_table_info(m.name) p " +
        "WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name <> 'schema_migrations'";

    public override Task InitializeAsync()
    {
        Location = DatabaseLocation.Sqlite(path);
        return Task.CompletedTask;
    }

    public override Task DisposeAsync()
    {
        File.Delete(path);
        return Task.CompletedTask;
    }
}
