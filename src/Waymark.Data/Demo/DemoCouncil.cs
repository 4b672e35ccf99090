using System.Text;

using Waymark.Data.Files;
using Waymark.Data.Imports;
using Waymark.Data.Store;

namespace Waymark.Data.Demo;

/// <summary>
/// The demo council, "Leeds Children's Services 2008-11": the Leeds sample rebuilt from the council's published
/// scrutiny reports (everything invented in it is marked illustrative), with every local authority's published
/// figures from DfE (the LA list, the LAIT measures and their dictionary, the statistical-neighbour models, and
/// the NEET dashboards with 16-17 year olds NEET by SEN status and vulnerable group) so that any LA can be
/// benchmarked and its gaps compared. The files travel inside this assembly, so the demo loads wherever Waymark runs.
/// Every file goes through its ordinary import, so loading the demo twice leaves the same data.
/// </summary>
public static class DemoCouncil
{
    private const string ResourcePrefix = "Waymark.Demo.";

    /// <summary>The name the demo is known by.</summary>
    public const string Name = "Leeds Children's Services 2008-11";

    /// <summary>The board whose reports the demo reproduces.</summary>
    public const string Board = "Children's Services Scrutiny Board";

    /// <summary>The demo's files in the order they are imported: each file's kind of import and its name.</summary>
    public static IReadOnlyList<DemoFile> Files { get; } =
    [
        new("areas", "la_code_list.csv"),
        new("neighbours", "sn_april_2021.csv"),
        new("neighbours", "sn_may_2025.csv"),
        new("lait-dictionary", "lait_data_dictionary_compact.csv"),
        new("lait", "lait_bds_childrens_services_subset.csv"),
        new("indicators", "indicators.csv"),
        new("targets", "targets.csv"),
        new("results", "results.csv"),
        new("comparators", "comparators.csv"),
        new(TidyImport.Kind, "dfe_cpps_subsequent_plan_2013_to_2025.csv", "cpps_subsequent_plan_mapping.csv"),
        new("framework", "framework.json"),
        new("neet-dashboard", "dfe_neet_la_dashboard_2021.csv"),
        new("neet-dashboard", "dfe_neet_la_dashboard_2022.csv"),
    ];

    /// <summary>
    /// Imports every demo file in turn, each all or nothing, and returns what each import did. Stops at the first
    /// file that is refused and returns its report with the others.
    /// </summary>
    /// <param name="db">The store to fill.</param>
    /// <param name="options">Who the audit log names, the clock, and whether this is a dry run.</param>
    /// <param name="starting">Told the name of each file as its import starts.</param>
    /// <param name="cancellationToken">Stops the load.</param>
    public static async Task<IReadOnlyList<ImportReport>> LoadAsync(
        WaymarkDb db, ImportOptions options, Action<DemoFile>? starting = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(options);
        var reports = new List<ImportReport>();
        foreach (DemoFile file in Files)
        {
            starting?.Invoke(file);
            using TextReader text = Open(file);
            ImportReport report = await Importers.ByKind[file.Kind](db, text, file.Name, options with { Mapping = MappingOf(file) }, cancellationToken).ConfigureAwait(false);
            reports.Add(report);
            if (!report.Succeeded)
            {
                break;
            }
        }

        return reports;
    }

    // The demo's mapping files are its own: a problem in one is a fault in Waymark, not in the store.
    private static TidyMapping? MappingOf(DemoFile file)
    {
        if (file.Mapping is not { } name)
        {
            return null;
        }

        using TextReader text = Open(new DemoFile("mapping", name));
        var problems = new FileProblems();
        return TidyMapping.Read(text, name, problems)
            ?? throw new InvalidOperationException($"The demo's mapping file {name} is wrong: {problems.Kept[0]}");
    }

    /// <summary>Opens one of the demo's files.</summary>
    public static TextReader Open(DemoFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        Stream stream = typeof(DemoCouncil).Assembly.GetManifestResourceStream(ResourcePrefix + file.Name)
            ?? throw new InvalidOperationException($"The demo file {file.Name} is not in {typeof(DemoCouncil).Assembly.GetName().Name}.");
        return new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
    }

    /// <summary>The names of the demo files this assembly carries, for checking that none is missing.</summary>
    public static IReadOnlyList<string> Carried() =>
        [.. typeof(DemoCouncil).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Select(n => n[ResourcePrefix.Length..])
            .Order(StringComparer.Ordinal)];
}
