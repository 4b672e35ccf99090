using Microsoft.EntityFrameworkCore;

using Waymark.Data.Measures;
using Waymark.Data.Store;
using Waymark.Evaluation;
using Waymark.Periods;
using Waymark.Results;
using Waymark.Targets;

namespace Waymark.Web.Performance;

/// <summary>Reads indicators, targets and results from the store and evaluates them with <see cref="Evaluator"/>.</summary>
public static class Evaluations
{
    /// <summary>Every indicator (or those with the given ids) evaluated for <paramref name="period"/>.</summary>
    public static async Task<List<EvaluatedIndicator>> ForPeriodAsync(
        WaymarkDb db, ReportingPeriod period, IReadOnlyCollection<int>? indicatorIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        IQueryable<Indicator> indicators = db.Indicators.AsNoTracking();
        if (indicatorIds is not null)
        {
            indicators = indicators.Where(i => indicatorIds.Contains(i.Id));
        }

        List<Indicator> chosen = await indicators.OrderBy(i => i.Code).ToListAsync(cancellationToken);
        List<int> ids = [.. chosen.Select(i => i.Id)];
        ReportingPeriod earlier = YearEarlier(period);
        List<Result> results = await db.Results.AsNoTracking()
            .Where(r => ids.Contains(r.IndicatorId) && (r.Period == period || r.Period == earlier))
            .ToListAsync(cancellationToken);
        Dictionary<int, TargetSchedule> targets = await TargetsAsync(db, ids, cancellationToken);
        return Evaluate(chosen, period, results, targets);
    }

    /// <summary>
    /// Each of <paramref name="indicators"/> evaluated for <paramref name="period"/>, in the order given, from the
    /// results of that period and the year before among <paramref name="results"/>.
    /// </summary>
    public static List<EvaluatedIndicator> Evaluate(
        IReadOnlyList<Indicator> indicators, ReportingPeriod period, IEnumerable<Result> results, IReadOnlyDictionary<int, TargetSchedule> targets)
    {
        ArgumentNullException.ThrowIfNull(indicators);
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(targets);
        ReportingPeriod earlier = YearEarlier(period);
        var now = new Dictionary<int, Result>();
        var before = new Dictionary<int, Result>();
        foreach (Result r in results)
        {
            if (r.Period == period)
            {
                now.TryAdd(r.IndicatorId, r);
            }
            else if (earlier != period && r.Period == earlier)
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

    /// <summary>The same period a year earlier, or the period itself when there is none.</summary>
    public static ReportingPeriod YearEarlier(ReportingPeriod period) => period.Year > ReportingPeriod.MinYear ? period.YearEarlier() : period;

    /// <summary>Every stored result of one indicator, oldest first, each evaluated for its own period.</summary>
    public static async Task<List<EvaluatedIndicator>> HistoryAsync(WaymarkDb db, Indicator indicator, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(indicator);
        List<Result> results = await db.Results.AsNoTracking().Where(r => r.IndicatorId == indicator.Id).ToListAsync(cancellationToken);
        TargetSchedule targets = (await TargetsAsync(db, [indicator.Id], cancellationToken)).GetValueOrDefault(indicator.Id, TargetSchedule.Empty);
        return History(indicator, results, targets);
    }

    /// <summary>Each of <paramref name="results"/> (all of one indicator's) evaluated for its own period, oldest first.</summary>
    public static List<EvaluatedIndicator> History(Indicator indicator, IEnumerable<Result> results, TargetSchedule targets)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(results);
        List<Result> ordered = [.. results];
        ordered.Sort((a, b) => a.Period.CompareTo(b.Period));
        var byPeriod = ordered.ToDictionary(r => r.Period);
        var history = new List<EvaluatedIndicator>(ordered.Count);
        foreach (Result stored in ordered)
        {
            IndicatorResult? yearEarlier = stored.Period.Year > ReportingPeriod.MinYear && byPeriod.TryGetValue(stored.Period.YearEarlier(), out Result? e)
                ? e.ToDomain()
                : null;
            history.Add(new EvaluatedIndicator(indicator, stored, Evaluator.Evaluate(indicator.ToDefinition(), stored.Period, stored.ToDomain(), yearEarlier, targets)));
        }

        return history;
    }

    /// <summary>The targets of the indicators given (of every indicator when none are given), as the rules read them.</summary>
    public static async Task<Dictionary<int, TargetSchedule>> TargetsAsync(WaymarkDb db, IReadOnlyCollection<int>? indicatorIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        IQueryable<Target> query = db.Targets.AsNoTracking();
        if (indicatorIds is not null)
        {
            query = query.Where(t => indicatorIds.Contains(t.IndicatorId));
        }

        var targets = await query
            .Select(t => new { t.IndicatorId, t.Period, t.Value })
            .ToListAsync(cancellationToken);
        return targets
            .GroupBy(t => t.IndicatorId)
            .ToDictionary(g => g.Key, g => new TargetSchedule(g.Select(t => KeyValuePair.Create(t.Period, t.Value))));
    }

    /// <summary>
    /// The period shown when none is chosen: the latest reporting cycle's period that has results, else the latest
    /// period with a result.
    /// </summary>
    public static async Task<ReportingPeriod?> DefaultPeriodAsync(WaymarkDb db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        List<ReportingPeriod> withResults = await ResultPeriodsAsync(db, cancellationToken);
        List<ReportingPeriod> cycles = await db.ReportingCycles.AsNoTracking().Select(c => c.Period).ToListAsync(cancellationToken);
        return DefaultPeriod(withResults, cycles);
    }

    /// <summary>The period shown when none is chosen, given the periods with results (newest first) and the reporting cycles' periods.</summary>
    public static ReportingPeriod? DefaultPeriod(IReadOnlyList<ReportingPeriod> withResults, IEnumerable<ReportingPeriod> cycles)
    {
        ArgumentNullException.ThrowIfNull(withResults);
        ArgumentNullException.ThrowIfNull(cycles);
        ReportingPeriod? cycle = cycles.Where(withResults.Contains).OrderDescending().Cast<ReportingPeriod?>().FirstOrDefault();
        return cycle ?? withResults.Cast<ReportingPeriod?>().FirstOrDefault();
    }

    /// <summary>Every period that has at least one result, newest first.</summary>
    public static async Task<List<ReportingPeriod>> ResultPeriodsAsync(WaymarkDb db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        List<ReportingPeriod> periods = await db.Results.AsNoTracking().Select(r => r.Period).Distinct().ToListAsync(cancellationToken);
        return [.. periods.OrderDescending()];
    }
}
