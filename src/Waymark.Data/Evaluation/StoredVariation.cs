using Microsoft.EntityFrameworkCore;

using Waymark.Data.Measures;
using Waymark.Data.Store;
using Waymark.Indicators;
using Waymark.Periods;
using Waymark.Targets;
using Waymark.Variation;

namespace Waymark.Data.Evaluation;

/// <summary>
/// The XmR charts of stored indicators, by <see cref="XmrRules"/>: the values <see cref="XmrSeries.ValuesOf"/> chooses
/// from their stored results, the target of the latest point, a recalculation at each series break of their
/// stored definition, and one at each recalculation point an officer added.
/// </summary>
public static class StoredVariation
{
    /// <summary>
    /// The chart of <paramref name="indicator"/> from <paramref name="results"/> (any order; results of other
    /// indicators are left out) with <paramref name="targets"/>, recalculated at the series breaks among
    /// <paramref name="versions"/> (see <see cref="SeriesBreaks"/>) and at its officers' <paramref name="points"/>
    /// (those of other indicators are left out).
    /// </summary>
    public static XmrChart Chart(Indicator indicator, IEnumerable<Result> results, TargetSchedule targets, IEnumerable<IndicatorVersion> versions, XmrSettings? settings = null, IEnumerable<RecalculationPoint>? points = null)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(versions);
        IndicatorDefinition definition = indicator.ToDefinition();
        List<Result> own = [.. results.Where(r => r.IndicatorId == indicator.Id)];
        IReadOnlyList<XmrValue> values = XmrSeries.ValuesOf(definition, own.Select(r => (r.Period, r.ToDomain())));
        IReadOnlyList<Recalculation> breaks = SeriesBreaks(values, own, versions.Where(v => v.IndicatorId == indicator.Id));
        List<Recalculation> added = points is null ? [] : [.. points.Where(p => p.IndicatorId == indicator.Id).Select(p => p.ToDomain())];
        settings ??= XmrSettings.Default;
        if (breaks.Count > 0 || added.Count > 0)
        {
            settings = settings with { Recalculations = [.. settings.Recalculations, .. breaks, .. added] };
        }

        decimal? target = values.Count == 0 ? null : targets.For(definition, values[^1].Period)?.Value;
        return XmrRules.Build(values, definition.Polarity, target, settings);
    }

    /// <summary>
    /// Where the series breaks among <paramref name="versions"/> start a recalculation of the chart of
    /// <paramref name="values"/>: a version that breaks the series at a time applies to the results entered from that
    /// time on, so its recalculation starts at the first point whose result (among <paramref name="results"/>) was
    /// entered at or after it, and there is none when no point was. A break before every point starts none, as the
    /// first calculation starts there anyway.
    /// </summary>
    public static IReadOnlyList<Recalculation> SeriesBreaks(IReadOnlyList<XmrValue> values, IEnumerable<Result> results, IEnumerable<IndicatorVersion> versions)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(versions);
        var entered = new Dictionary<ReportingPeriod, DateTimeOffset>();
        foreach (Result r in results)
        {
            entered[r.Period] = r.EnteredAt;
        }

        var breaks = new List<Recalculation>();
        foreach (IndicatorVersion version in versions.Where(v => v.SeriesBreak).OrderBy(v => v.ChangedAt))
        {
            int at = -1;
            for (int i = 0; i < values.Count; i++)
            {
                if (entered.TryGetValue(values[i].Period, out DateTimeOffset when) && when >= version.ChangedAt)
                {
                    at = i;
                    break;
                }
            }

            if (at > 0 && breaks.All(b => b.From != values[at].Period))
            {
                breaks.Add(Recalculation.SeriesBreak(values[at].Period));
            }
        }

        return breaks;
    }

    /// <summary>
    /// The chart of <paramref name="indicator"/> from its <paramref name="results"/>, as already read, reading its
    /// targets, the versions that break its series and its officers' recalculation points.
    /// </summary>
    public static async Task<XmrChart> ChartAsync(WaymarkDb db, Indicator indicator, IEnumerable<Result> results, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(indicator);
        Dictionary<int, TargetSchedule> targets = await StoredEvaluations.TargetsAsync(db, [indicator.Id], cancellationToken).ConfigureAwait(false);
        List<IndicatorVersion> versions = await db.IndicatorVersions.AsNoTracking()
            .Where(v => v.IndicatorId == indicator.Id && v.SeriesBreak)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        List<RecalculationPoint> points = await db.RecalculationPoints.AsNoTracking()
            .Where(p => p.IndicatorId == indicator.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return Chart(indicator, results, targets.GetValueOrDefault(indicator.Id, TargetSchedule.Empty), versions, points: points);
    }

    /// <summary>
    /// The charts of <paramref name="indicators"/> drawn from their results up to and including
    /// <paramref name="upTo"/>, keyed by indicator id: the results, targets, versions and recalculation points each
    /// read in one query.
    /// </summary>
    public static async Task<Dictionary<int, XmrChart>> UpToAsync(
        WaymarkDb db, IReadOnlyList<Indicator> indicators, ReportingPeriod upTo, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(indicators);
        List<int> ids = [.. indicators.Select(i => i.Id)];
        DateOnly end = upTo.End;
        List<Result> results = await db.Results.AsNoTracking()
            .Where(r => ids.Contains(r.IndicatorId) && r.PeriodStart <= end)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        Dictionary<int, TargetSchedule> targets = await StoredEvaluations.TargetsAsync(db, ids, cancellationToken).ConfigureAwait(false);
        List<IndicatorVersion> versions = await db.IndicatorVersions.AsNoTracking()
            .Where(v => v.SeriesBreak && ids.Contains(v.IndicatorId))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        List<RecalculationPoint> points = await db.RecalculationPoints.AsNoTracking()
            .Where(p => ids.Contains(p.IndicatorId))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        ILookup<int, RecalculationPoint> pointsOf = points.ToLookup(p => p.IndicatorId);
        ILookup<int, Result> resultsOf = results.Where(r => r.Period.End <= end).ToLookup(r => r.IndicatorId);
        ILookup<int, IndicatorVersion> versionsOf = versions.ToLookup(v => v.IndicatorId);
        return indicators.ToDictionary(
            i => i.Id,
            i => Chart(i, resultsOf[i.Id], targets.GetValueOrDefault(i.Id, TargetSchedule.Empty), versionsOf[i.Id], points: pointsOf[i.Id]));
    }
}
