using Microsoft.EntityFrameworkCore;

using Waymark.Data.Files;
using Waymark.Data.Measures;
using Waymark.Data.Store;
using Waymark.Indicators;

namespace Waymark.Data.Imports;

/// <summary>
/// Imports <c>indicators.csv</c>: new indicators are added at version 1; an indicator whose definition changes starts
/// a new version, which marks a break in its series when the change is one (<see cref="IndicatorVersioning"/>); a
/// change of title alone is recorded without a new version. Every change is audited.
/// </summary>
public static class IndicatorImport
{
    /// <summary>Imports the indicators in <paramref name="text"/>, all or nothing.</summary>
    public static async Task<ImportReport> ImportAsync(WaymarkDb db, TextReader text, string fileName, ImportOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(options);
        var problems = new FileProblems();
        IReadOnlyList<IndicatorDefinition> definitions = IndicatorFile.Read(text, fileName, problems);
        return await StoreAsync(db, "indicators", fileName, definitions, problems, options, _ => null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Stores indicator definitions read from any file, all or nothing.</summary>
    internal static async Task<ImportReport> StoreAsync(
        WaymarkDb db,
        string kind,
        string fileName,
        IReadOnlyList<IndicatorDefinition> definitions,
        FileProblems problems,
        ImportOptions options,
        Func<IndicatorDefinition, string?> topic,
        CancellationToken cancellationToken,
        string? indicatorSet = null)
    {
        await using ImportSession session = await ImportSession.BeginAsync(db, cancellationToken).ConfigureAwait(false);
        if (problems.Any)
        {
            return await session.FinishAsync(new ImportReport(kind, fileName, definitions.Count, 0, 0, problems, options.DryRun), options, cancellationToken).ConfigureAwait(false);
        }

        Dictionary<string, Indicator> existing = await db.Indicators.ToDictionaryAsync(i => i.Code, StringComparer.OrdinalIgnoreCase, cancellationToken).ConfigureAwait(false);
        DateTimeOffset now = options.Clock.GetUtcNow();
        long added = 0, changed = 0;
        foreach (IndicatorDefinition d in definitions)
        {
            if (!existing.TryGetValue(d.Code, out Indicator? indicator))
            {
                indicator = IndicatorVersioning.Add(db, d, options.Actor, now);
                (indicator.Topic, indicator.IndicatorSet) = (topic(d), indicatorSet);
                existing.Add(d.Code, indicator);
                added++;
                continue;
            }

            string title = indicator.Definition.Title;
            string? newTopic = topic(d) ?? indicator.Topic;
            string? newSet = indicatorSet ?? indicator.IndicatorSet;
            DefinitionChange change = IndicatorVersioning.Change(db, indicator, d, options.Actor, now);
            if (change == DefinitionChange.None && title == d.Title && newTopic == indicator.Topic && newSet == indicator.IndicatorSet)
            {
                continue;
            }

            (indicator.Topic, indicator.IndicatorSet) = (newTopic, newSet);
            changed++;
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        var report = new ImportReport(kind, fileName, definitions.Count, added, changed, problems, options.DryRun);
        return await session.FinishAsync(report, options, cancellationToken).ConfigureAwait(false);
    }
}
