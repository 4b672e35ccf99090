namespace Waymark.Cli.Tests;

/// <summary>A SQLite store in a temporary folder, filled once by <c>waymark demo</c>.</summary>
public sealed class DemoStore : IDisposable
{
    public DemoStore()
    {
        FirstRun = CliRun.Of("demo", "--database", Database);
    }

    public string Folder { get; } = Directory.CreateTempSubdirectory("waymark-cli-demo-").FullName;

    public string Database => "sqlite:" + Path.Combine(Folder, "waymark.db");

    /// <summary>What the first <c>waymark demo</c> printed.</summary>
    internal CliRun FirstRun { get; }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
    }
}
