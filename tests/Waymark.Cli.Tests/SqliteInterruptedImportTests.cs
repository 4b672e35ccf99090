namespace Waymark.Cli.Tests;

public sealed class SqliteInterruptedImportTests : InterruptedImportTestsBase
{
    protected override string Database => "sqlite:" + Path.Combine(Folder, "waymark.db");

    public override Task InitializeAsync() => Task.CompletedTask;
}
