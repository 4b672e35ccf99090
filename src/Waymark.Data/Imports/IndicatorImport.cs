using Microsoft.EntityFrameworkCore;

using Waymark.Data.Files;
using Waymark.Data.Measures;
using Waymark.Data.Store;
using Waymark.Indicators;

namespace Waymark.Data.Imports;

/// <summary>
/// Imports <c>indicators.csv</c>: new indicators are added at version 1; an indicator whose definition (unit,
/// polarity, frequency, aggregation, tolerance, decimals or year type) changes starts a new version that marks a
/// break in its series; a change of title alone is recorded without a new version. Every change is audited.
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
                indicator = new Indicator { Code = d.Code, Title = d.Title, Tolerance = d.Tolerance.ToString(), Topic = topic(d), IndicatorSet = indicatorSet };
                Apply(indicator, d);
                indicator.Versions.Add(Version(indicator, seriesBreak: false, now, options.Actor));
                db.Indicators.Add(indicator);
                existing.Add(d.Code, indicator);
                added++;
                continue;
            }

            IndicatorDefinition before = indicator.ToDefinition();
            bool definitionChanged = !SameRules(before, d);
            string? newTopic = topic(d) ?? indicator.Topic;
            string? newSet = indicatorSet ?? indicator.IndicatorSet;
            if (!definitionChanged && before.Title == d.Title && newTopic == indicator.Topic && newSet == indicator.IndicatorSet)
            {
                continue;
            }

            (indicator.Title, indicator.Topic, indicator.IndicatorSet) = (d.Title, newTopic, newSet);
            if (definitionChanged)
            {
                Apply(indicator, d);
                indicator.Version++;
                db.IndicatorVersions.Add(Version(indicator, seriesBreak: true, now, options.Actor));
            }

            changed++;
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        var report = new ImportReport(kind, fileName, definitions.Count, added, changed, problems, options.DryRun);
        return await session.FinishAsync(report, options, cancellationToken).ConfigureAwait(false);
    }

    private static bool SameRules(IndicatorDefinition a, IndicatorDefinition b) =>
        a.Unit == b.Unit && a.Polarity == b.Polarity && a.Frequency == b.Frequency && a.Aggregation == b.Aggregation
        && a.Tolerance == b.Tolerance && a.Decimals == b.Decimals && a.YearType == b.YearType;

    private static void Apply(Indicator indicator, IndicatorDefinition d)
    {
        indicator.Unit = d.Unit;
        indicator.Polarity = d.Polarity;
        indicator.Frequency = d.Frequency;
        indicator.Aggregation = d.Aggregation;
        indicator.Tolerance = d.Tolerance.ToString();
        indicator.Decimals = d.Decimals;
        indicator.YearType = d.YearType;
    }

    private static IndicatorVersion Version(Indicator indicator, bool seriesBreak, DateTimeOffset now, string actor) => new()
    {
        IndicatorId = indicator.Id,
        Version = indicator.Version,
        Title = indicator.Title,
        Unit = indicator.Unit,
        Polarity = indicator.Polarity,
        Frequency = indicator.Frequency,
        Aggregation = indicator.Aggregation,
        Tolerance = indicator.Tolerance,
        Decimals = indicator.Decimals,
        YearType = indicator.YearType,
        SeriesBreak = seriesBreak,
        ChangedAt = now,
        ChangedBy = actor,
    };
}
