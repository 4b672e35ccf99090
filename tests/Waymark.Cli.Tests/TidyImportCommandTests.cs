using Waymark.Testing;

namespace Waymark.Cli.Tests;

public sealed class TidyImportCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("waymark-cli-tidy-").FullName;

    public TidyImportCommandTests()
    {
        foreach ((string kind, string file) in new[] { ("areas", "la_code_list.csv"), ("lait-dictionary", "lait_data_dictionary_compact.csv") })
        {
            Assert.Equal(0, CliRun.Of("import", kind, RepositoryPaths.PublicData(file), "--database", Database).ExitCode);
        }
    }

    private string Database => "sqlite:" + Path.Combine(folder, "waymark.db");

    private static string CppFile => RepositoryPaths.PublicData("dfe_cpps_subsequent_plan_2013_to_2025.csv");

    private static string Mapping => Path.Combine(RepositoryPaths.Root, "data", "mappings", "cpps_subsequent_plan_mapping.csv");

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void DfeTidy_WithTheMapping_ImportsEveryRow_AndTheBenchmarkReadsIt()
    {
        CliRun run = CliRun.Of("import", "dfe-tidy", CppFile, "--mapping", Mapping, "--database", Database);
        CliRun benchmark = CliRun.Of("benchmark", "--measure", "PrevRegCPR", "--period", "2024/25", "--area", "383", "--database", Database);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["dfe_cpps_subsequent_plan_2013_to_2025.csv: 2,132 rows read; 2,132 were added, 0 were changed, 0 unchanged."], run.OutputLines);
        Assert.Equal(0, benchmark.ExitCode);
        Assert.Contains("23.0", benchmark.Output, StringComparison.Ordinal);
        Assert.Contains("24.5", benchmark.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void DfeTidy_WithoutAMapping_SaysHowToGiveOne()
    {
        CliRun run = CliRun.Of("import", "dfe-tidy", CppFile, "--database", Database);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(["A dfe-tidy file is read through a mapping file that names each measure's columns: give it with --mapping FILE"], run.ErrorLines);
    }

    [Fact]
    public void MappingForAnotherKind_IsRefused()
    {
        CliRun run = CliRun.Of("import", "lait", RepositoryPaths.PublicData("lait_bds_childrens_services_subset.csv"), "--mapping", Mapping, "--database", Database);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(["--mapping is for dfe-tidy files only: a lait file names its own columns"], run.ErrorLines);
    }

    [Fact]
    public void WrongMapping_NamesItsLineAndColumn_AndStoresNothing()
    {
        string mapping = Path.Combine(folder, "mapping.csv");
        File.WriteAllText(mapping, "measure,value,numerator,denominator\nPrevRegCPR,CPP_subsequent_percent,CPP_subsequent,\n");

        CliRun run = CliRun.Of("import", "dfe-tidy", CppFile, "--mapping", mapping, "--database", Database);
        CliRun benchmark = CliRun.Of("benchmark", "--measure", "PrevRegCPR", "--period", "2024/25", "--area", "383", "--database", Database);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("mapping.csv, line 2, column denominator: Give both the numerator's column and the denominator's, or neither", run.Error, StringComparison.Ordinal);
        Assert.NotEqual(0, benchmark.ExitCode);
    }
}
