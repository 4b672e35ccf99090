using Waymark.Testing;

namespace Waymark.Cli.Tests;

/// <summary>
/// A SQLite store in a temporary folder, filled by <c>waymark import</c> with the DfE files in data/public: the LA
/// list, the LAIT data dictionary and data, and both statistical neighbour models.
/// </summary>
public sealed class PublishedStore : IDisposable
{
    public PublishedStore()
    {
        foreach ((string kind, string file) in (ReadOnlySpan<(string, string)>)[
            ("areas", "la_code_list.csv"),
            ("lait-dictionary", "lait_data_dictionary_compact.csv"),
            ("lait", "lait_bds_childrens_services_subset.csv"),
            ("neighbours", "sn_april_2021.csv"),
            ("neighbours", "sn_may_2025.csv")])
        {
            CliRun run = CliRun.Of("import", kind, RepositoryPaths.PublicData(file), "--database", Database);
            if (run.ExitCode != 0)
            {
                throw new InvalidOperationException($"waymark import {kind} failed: {run.Error}");
            }
        }
    }

    public string Folder { get; } = Directory.CreateTempSubdirectory("waymark-cli-benchmark-").FullName;

    public string Database => "sqlite:" + Path.Combine(Folder, "waymark.db");

    public string PathOf(string name) => Path.Combine(Folder, name);

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
