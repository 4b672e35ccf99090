using System.Runtime.CompilerServices;

using Microsoft.EntityFrameworkCore;

using Waymark.Data.Measures;
using Waymark.Data.Store;
using Waymark.Evaluation;
using Waymark.Periods;
using Waymark.Results;
using Waymark.Targets;

namespace Waymark.Data.Evaluation;

/// <summary>
/// The one way stored indicators are evaluated: their targets and the results of a period and of the same period a
/// year earlier are read from the store, in one query each whatever the number of indicators, and judged by the
/// domain's <see cref="Evaluator"/>. The pure overloads evaluate what a caller has already read.
/// </summary>
public static class StoredEvaluations
{
    /// <summary>Each of <paramref name="indicators"/> evaluated for <paramref name="period"/>, in the order given: two queries.</summary>
    public static async Task<List<EvaluatedIndicator>> ForPeriodAsync(
        WaymarkDb db, IReadOnlyList<Indicator> indicators, ReportingPeriod period, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(indicators);
        List<int> ids = [.. indicators.Select(i => i.Id)];
        ReportingPeriod earlier = YearEarlier(period) ?? period;
        List<Result> results = await db.Results.AsNoTracking()
            .Where(r => ids.Contains(r.IndicatorId) && (r.Period == period || r.Period == earlier))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        Dictionary<int, TargetSchedule> targets = await TargetsAsync(db, ids, cancellationToken).ConfigureAwait(false);
        return Evaluate(indicators, period, results, targets);
    }

    /// <summary>Every stored result of one indicator, oldest first, each evaluated for its own period: two queries.</summary>
    public static async Task<List<EvaluatedIndicator>> HistoryAsync(WaymarkDb db, Indicator indicator, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(indicator);
        List<Result> results = await db.Results.AsNoTracking().Where(r => r.IndicatorId == indicator.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        Dictionary<int, TargetSchedule> targets = await TargetsAsync(db, [indicator.Id], cancellationToken).ConfigureAwait(false);
        return History(indicator, results, targets.GetValueOrDefault(indicator.Id, TargetSchedule.Empty));
    }

    /// <summary>
    /// What the rules make of <paramref name="result"/> (one not yet stored, such as a return being entered) for
    /// <paramref name="period"/>, against the stored targets and the stored result a year earlier: two queries.
    /// </summary>
    public static async Task<IndicatorEvaluation> EvaluateAsync(
        WaymarkDb db, Indicator indicator, ReportingPeriod period, IndicatorResult? result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(indicator);
        Dictionary<int, TargetSchedule> targets = await TargetsAsync(db, [indicator.Id], cancellationToken).ConfigureAwait(false);
        Result? yearEarlier = YearEarlier(period) is { } earlier
            ? await db.Results.AsNoTracking().FirstOrDefaultAsync(r => r.IndicatorId == indicator.Id && r.Period == earlier, cancellationToken).ConfigureAwait(false)
            : null;
        return Evaluator.Evaluate(indicator.ToDefinition(), period, result, yearEarlier?.ToDomain(), targets.GetValueOrDefault(indicator.Id, TargetSchedule.Empty));
    }

    /// <summary>
    /// Every stored result of <paramref name="indicators"/> (for every period, or only <paramref name="period"/>), in
    /// indicator then period order, each evaluated for its own period: two queries, the results read as a stream. A
    /// year-earlier result comes before the result it is compared with, so only one indicator's results are held.
    /// </summary>
    /// <param name="db">The store; it must stay open until the results have been read.</param>
    /// <param name="indicators">The indicators; a result of any other indicator is left out.</param>
    /// <param name="onlyId">The id of the one indicator when <paramref name="indicators"/> is that one, to read only its rows.</param>
    /// <param name="period">Only the results for this period, when given.</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    public static async IAsyncEnumerable<EvaluatedIndicator> ResultsAsync(
        WaymarkDb db, IReadOnlyList<Indicator> indicators, int? onlyId, ReportingPeriod? period, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(indicators);
        Dictionary<int, Indicator> chosen = indicators.ToDictionary(i => i.Id);
        Dictionary<int, TargetSchedule> targets = await TargetsAsync(db, onlyId is int one ? [one] : null, cancellationToken).ConfigureAwait(false);

        IQueryable<Result> query = db.Results.AsNoTracking();
        if (onlyId is int id)
        {
            query = query.Where(r => r.IndicatorId == id);
        }

        if (period is { } only)
        {
            // The period's results, and those a year earlier that their direction of travel compares with.
            query = YearEarlier(only) is { } earlier
                ? query.Where(r => r.Period == only || r.Period == earlier)
                : query.Where(r => r.Period == only);
        }

        int? indicatorId = null;
        Indicator? indicator = null;
        Waymark.Indicators.IndicatorDefinition? definition = null;
        TargetSchedule schedule = TargetSchedule.Empty;
        var seen = new Dictionary<ReportingPeriod, IndicatorResult>();
        IAsyncEnumerable<Result> results = query
            .OrderBy(r => r.IndicatorId).ThenBy(r => r.PeriodStart).ThenBy(r => r.Period)
            .AsAsyncEnumerable();
        await foreach (Result stored in results.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (stored.IndicatorId != indicatorId)
            {
                indicatorId = stored.IndicatorId;
                indicator = chosen.GetValueOrDefault(stored.IndicatorId);
                definition = indicator?.ToDefinition();
                schedule = targets.GetValueOrDefault(stored.IndicatorId, TargetSchedule.Empty);
                seen.Clear();
            }

            if (indicator is null || definition is null)
            {
                continue;
            }

            IndicatorResult result = stored.ToDomain();
            seen[stored.Period] = result;
            if (period is { } p && stored.Period != p)
            {
                continue;
            }

            IndicatorResult? yearEarlier = YearEarlier(stored.Period) is { } e ? seen.GetValueOrDefault(e) : null;
            yield return new EvaluatedIndicator(indicator, stored, Evaluator.Evaluate(definition, stored.Period, result, yearEarlier, schedule));
        }
    }

    /// <summary>
    /// Each of <paramref name="indicators"/> evaluated for <paramref name="period"/>, in the order given, from the
    /// results of that period and the year before among <paramref name="results"/> (others are ignored).
    /// </summary>
    public static List<EvaluatedIndicator> Evaluate(
        IReadOnlyList<Indicator> indicators, ReportingPeriod period, IEnumerable<Result> results, IReadOnlyDictionary<int, TargetSchedule> targets)
    {
        ArgumentNullException.ThrowIfNull(indicators);
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(targets);
        ReportingPeriod? earlier = YearEarlier(period);
        var now = new Dictionary<int, Result>();
        var before = new Dictionary<int, Result>();
        foreach (Result r in results)
        {
            if (r.Period == period)
            {
                now.TryAdd(r.IndicatorId, r);
            }
            else if (r.Period == earlier)
            {
                before.TryAdd(r.IndicatorId, r);
            }
        }

        var evaluated = new List<EvaluatedIndicator>(indicators.Count);
        foreach (Indicator indicator in indicators)
        {
            Result? stored = now.GetValueOrDefault(indicator.Id);
            IndicatorResult? yearEarlier = before.GetValueOrDefault(indicator.Id)?.ToDomain();
            IndicatorEvaluation evaluation = Evaluator.Evaluate(
                indicator.ToDefinition(), period, stored?.ToDomain(), yearEarlier, targets.GetValueOrDefault(indicator.Id, TargetSchedule.Empty));
            evaluated.Add(new EvaluatedIndicator(indicator, stored, evaluation));
        }

        return evaluated;
    }

    /// <summary>Each of <paramref name="results"/> (all of one indicator's) evaluated for its own period, oldest first.</summary>
    public static List<EvaluatedIndicator> History(Indicator indicator, IEnumerable<Result> results, TargetSchedule targets)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(targets);
        List<Result> ordered = [.. results];
        ordered.Sort((a, b) => a.Period.CompareTo(b.Period));
        var byPeriod = ordered.ToDictionary(r => r.Period);
        var definition = indicator.ToDefinition();
        var history = new List<EvaluatedIndicator>(ordered.Count);
        foreach (Result stored in ordered)
        {
            IndicatorResult? yearEarlier = YearEarlier(stored.Period) is { } e && byPeriod.TryGetValue(e, out Result? before) ? before.ToDomain() : null;
            history.Add(new EvaluatedIndicator(indicator, stored, Evaluator.Evaluate(definition, stored.Period, stored.ToDomain(), yearEarlier, targets)));
        }

        return history;
    }

    /// <summary>The targets of the indicators given (of every indicator when none are given), as the rules read them: one query.</summary>
    public static async Task<Dictionary<int, TargetSchedule>> TargetsAsync(WaymarkDb db, IReadOnlyCollection<int>? indicatorIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        IQueryable<Target> query = db.Targets.AsNoTracking();
        if (indicatorIds is not null)
        {
            query = query.Where(t => indicatorIds.Contains(t.IndicatorId));
        }

        var targets = await query.Select(t => new { t.IndicatorId, t.Period, t.Value }).ToListAsync(cancellationToken).ConfigureAwait(false);
        return targets
            .GroupBy(t => t.IndicatorId)
            .ToDictionary(g => g.Key, g => new TargetSchedule(g.Select(t => KeyValuePair.Create(t.Period, t.Value))));
    }

    /// <summary>Stored targets as each indicator's schedule, keyed by indicator id.</summary>
    public static Dictionary<int, TargetSchedule> Schedules(IEnumerable<Target> targets)
    {
        ArgumentNullException.ThrowIfNull(targets);
        return targets
            .GroupBy(t => t.IndicatorId)
            .ToDictionary(g => g.Key, g => new TargetSchedule(g.Select(t => KeyValuePair.Create(t.Period, t.Value))));
    }

    /// <summary>The same period a year earlier, or none for a period of the first year there can be.</summary>
    public static ReportingPeriod? YearEarlier(ReportingPeriod period) => period.Year > ReportingPeriod.MinYear ? period.YearEarlier() : null;
}
