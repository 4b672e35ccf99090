using Waymark.Data.Files;
using Waymark.Data.Store;

namespace Waymark.Data.Imports;

/// <summary>
/// Imports LAIT's data dictionary (<c>lait_data_dictionary_compact.csv</c>): each measure becomes an indicator of
/// the set <c>lait</c> whose code is the <c>Short Desc</c> of LAIT's data, with its title, polarity, decimals, year
/// type and topics; a measure already stored is updated as <see cref="IndicatorImport"/> updates an indicator.
/// </summary>
public static class LaitDictionaryImport
{
    /// <summary>The indicator set LAIT's measures belong to.</summary>
    public const string IndicatorSet = "lait";

    /// <summary>Imports the measures in <paramref name="text"/>, all or nothing.</summary>
    public static async Task<ImportReport> ImportAsync(WaymarkDb db, TextReader text, string fileName, ImportOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(options);
        var problems = new FileProblems();
        IReadOnlyList<LaitMeasure> measures = LaitDictionaryFile.Read(text, fileName, problems);
        var topics = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (LaitMeasure measure in measures)
        {
            topics[measure.Definition.Code] = measure.Topics.Count == 0 ? null : string.Join("; ", measure.Topics);
        }

        return await IndicatorImport.StoreAsync(
            db,
            "lait-dictionary",
            fileName,
            [.. measures.Select(m => m.Definition)],
            problems,
            options,
            d => topics[d.Code],
            cancellationToken,
            IndicatorSet).ConfigureAwait(false);
    }
}
