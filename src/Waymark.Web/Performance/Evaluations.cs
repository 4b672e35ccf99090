using Microsoft.EntityFrameworkCore;

using Waymark.Data.Measures;
using Waymark.Data.Store;
using Waymark.Periods;

namespace Waymark.Web.Performance;

/// <summary>The indicators and periods the web pages show, evaluated through <see cref="StoredEvaluations"/>.</summary>
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
        return await StoredEvaluations.ForPeriodAsync(db, chosen, period, cancellationToken);
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
