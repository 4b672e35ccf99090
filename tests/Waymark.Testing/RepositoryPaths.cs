namespace Waymark.Testing;

/// <summary>Where the repository and its data are, found from the test binaries' folder.</summary>
public static class RepositoryPaths
{
    /// <summary>The folder that holds Waymark.slnx.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>A file of the Leeds sample.</summary>
    public static string Sample(string file) => Path.Combine(Root, "samples", "leeds-childrens-services", file);

    /// <summary>A file of the published DfE data in <c>data/public</c>.</summary>
    public static string PublicData(string file) => Path.Combine(Root, "data", "public", file);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Waymark.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (with Waymark.slnx) was not found above " + AppContext.BaseDirectory);
    }
}
