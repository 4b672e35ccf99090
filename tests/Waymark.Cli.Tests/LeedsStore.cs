using Waymark.Testing;

namespace Waymark.Cli.Tests;

/// <summary>A SQLite store in a temporary folder, filled with the Leeds sample by <c>waymark import</c>.</summary>
public sealed class LeedsStore : IDisposable
{
    public LeedsStore()
    {
        foreach (string kind in (string[])["indicators", "targets", "results"])
        {
            CliRun run = CliRun.Of("import", kind, RepositoryPaths.Sample(kind + ".csv"), "--database", Database);
            if (run.ExitCode != 0)
            {
                throw new InvalidOperationException($"waymark import {kind} failed: {run.Error}");
            }
        }
    }

    public string Folder { get; } = Directory.CreateTempSubdirectory("waymark-cli-export-").FullName;

    public string Database => "sqlite:" + Path.Combine(Folder, "waymark.db");

    public string PathOf(string name) => Path.Combine(Folder, name);

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
