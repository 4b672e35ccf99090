using Waymark.Data.Store;

namespace Waymark.Data.Tests.Assessments;

public sealed class SqliteAssessmentFrameworkTests : AssessmentFrameworkTestsBase
{
    private readonly string path = Path.Combine(Path.GetTempPath(), $"waymark-assessment-{Guid.NewGuid():N}.db");

    public override async Task InitializeAsync()
    {
        Location = DatabaseLocation.Sqlite(path);
        await MigrateAsync();
    }

    public override Task DisposeAsync()
    {
        File.Delete(path);
        return Task.CompletedTask;
    }
}
