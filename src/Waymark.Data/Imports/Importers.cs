using Waymark.Data.Store;

namespace Waymark.Data.Imports;

/// <summary>Imports one file into the store, all or nothing.</summary>
public delegate Task<ImportReport> Importer(WaymarkDb db, TextReader text, string fileName, ImportOptions options, CancellationToken cancellationToken);

/// <summary>Every kind of file the store imports, by the name the command line and the web upload use.</summary>
public static class Importers
{
    /// <summary>The importers by kind, in the order a new store is best filled.</summary>
    public static IReadOnlyDictionary<string, Importer> ByKind { get; } = new Dictionary<string, Importer>(StringComparer.OrdinalIgnoreCase)
    {
        ["areas"] = AreaImport.ImportAsync,
        ["lait-dictionary"] = LaitDictionaryImport.ImportAsync,
        ["indicators"] = IndicatorImport.ImportAsync,
        ["targets"] = TargetImport.ImportAsync,
        ["results"] = ResultImport.ImportAsync,
        ["framework"] = FrameworkImport.ImportAsync,
        ["neighbours"] = NeighbourImport.ImportAsync,
        ["lait"] = LaitImport.ImportAsync,
        ["comparators"] = ComparatorImport.ImportAsync,
        [TidyImport.Kind] = TidyImport.ImportAsync,
        ["neet-dashboard"] = NeetDashboardImport.ImportAsync,
    };

    /// <summary>The kinds read through a mapping file as well as the file itself (<see cref="ImportOptions.Mapping"/>).</summary>
    public static IReadOnlySet<string> WithMapping { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { TidyImport.Kind };
}
