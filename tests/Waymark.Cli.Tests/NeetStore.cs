using Waymark.Testing;

namespace Waymark.Cli.Tests;

/// <summary>A SQLite store in a temporary folder, filled by <c>waymark import</c> with the LA list and both NEET dashboard files.</summary>
public sealed class NeetStore : IDisposable
{
    public NeetStore()
    {
        foreach ((string kind, string file) in (ReadOnlySpan<(string, string)>)[
            ("areas", "la_code_list.csv"),
            ("neet-dashboard", "dfe_neet_la_dashboard_2021.csv"),
            ("neet-dashboard", "dfe_neet_la_dashboard_2022.csv")])
        {
            CliRun run = CliRun.Of("import", kind, RepositoryPaths.PublicData(file), "--database", Database);
            if (run.ExitCode != 0)
            {
                throw new InvalidOperationException($"waymark import {kind} failed: {run.Error}");
            }
        }
    }

    public string Folder { get; } = Directory.CreateTempSubdirectory("waymark-cli-gaps-").FullName;

    public string Database => "sqlite:" + Path.Combine(Folder, "waymark.db");

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
