using System.Runtime.CompilerServices;

using Microsoft.EntityFrameworkCore;

using Waymark.Data.Measures;
using Waymark.Data.Store;
using Waymark.Evaluation;
using Waymark.Indicators;
using Waymark.Periods;
using Waymark.Ratings;
using Waymark.Results;
using Waymark.Targets;

namespace Waymark.Data.Exports;

/// <summary>
/// The <c>results</c> export: one row per stored result, in indicator order then period order, with what the rules
/// say about it for its own period: the target that applies, the rating or why there is none, the direction of travel
/// against the same period a year earlier and that year's value, and the predicted year end and its rating.
/// </summary>
/// <remarks>
/// Three queries whatever the number of rows: the indicators (already in the selection), their targets, and their
/// results ordered by indicator then period, evaluated in one pass. A year-earlier result always comes before the
/// result it is compared with, so only the current indicator's results are held in memory.
/// </remarks>
public static class ResultExport
{
    /// <summary>The columns, in order.</summary>
    public static IReadOnlyList<ExportColumn> Columns { get; } =
    [
        new("indicator", 12), new("period", 12), new("value"), new("numerator", 11), new("denominator", 13), new("target"),
        new("rating"), new("reason", 14), new("direction", 15), new("previous_value", 16), new("predicted_year_end", 20),
        new("predicted_rating", 18), new("data_quality", 14), new("provisional", 13), new("commentary", 80),
    ];

    /// <summary>The table of the results of the <paramref name="indicators"/> chosen, for every period or only <paramref name="period"/>.</summary>
    /// <param name="db">The store; it must stay open until the table has been written.</param>
    /// <param name="indicators">The indicators whose results to export.</param>
    /// <param name="period">Only the results for this period, when given.</param>
    public static ExportTable Create(WaymarkDb db, IndicatorSelection indicators, ReportingPeriod? period = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(indicators);
        return new ExportTable("results", Columns, Rows(db, indicators, period));
    }

    private static async IAsyncEnumerable<IReadOnlyList<ExportCell>> Rows(
        WaymarkDb db, IndicatorSelection selection, ReportingPeriod? period, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        Dictionary<int, IndicatorDefinition> definitions = selection.Indicators.ToDictionary(i => i.Id, i => i.ToDefinition());
        Dictionary<int, TargetSchedule> targets = await TargetsAsync(db, selection, cancellationToken).ConfigureAwait(false);

        IQueryable<Result> query = db.Results.AsNoTracking();
        if (selection.OnlyId is int id)
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
        IndicatorDefinition? indicator = null;
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
                indicator = definitions.GetValueOrDefault(stored.IndicatorId);
                schedule = targets.GetValueOrDefault(stored.IndicatorId, TargetSchedule.Empty);
                seen.Clear();
            }

            // The export covers the indicators it began with; one imported since is left out.
            if (indicator is null)
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
            IndicatorEvaluation evaluation = Evaluator.Evaluate(indicator, stored.Period, result, yearEarlier, schedule);
            yield return Cells(evaluation, stored);
        }
    }

    private static async Task<Dictionary<int, TargetSchedule>> TargetsAsync(WaymarkDb db, IndicatorSelection selection, CancellationToken cancellationToken)
    {
        IQueryable<Target> query = db.Targets.AsNoTracking();
        if (selection.OnlyId is int id)
        {
            query = query.Where(t => t.IndicatorId == id);
        }

        var targets = await query.Select(t => new { t.IndicatorId, t.Period, t.Value }).ToListAsync(cancellationToken).ConfigureAwait(false);
        return targets
            .GroupBy(t => t.IndicatorId)
            .ToDictionary(g => g.Key, g => new TargetSchedule(g.Select(t => KeyValuePair.Create(t.Period, t.Value))));
    }

    private static ReportingPeriod? YearEarlier(ReportingPeriod period) =>
        period.Year > ReportingPeriod.MinYear ? period.YearEarlier() : null;

    private static IReadOnlyList<ExportCell> Cells(IndicatorEvaluation e, Result stored)
    {
        int decimals = e.Indicator.Decimals;
        return
        [
            ExportCell.FromText(e.Indicator.Code),
            ExportCell.FromText(e.Period.ToString()),
            ExportCell.FromNumber(e.Value, decimals),
            ExportCell.FromNumber(stored.Numerator),
            ExportCell.FromNumber(stored.Denominator),
            ExportCell.FromNumber(e.Target?.Value, decimals),
            ExportCell.FromText(e.Rating.Rating.ToCode()),
            ExportCell.FromText(e.Rating.Reason?.ToCode()),
            ExportCell.FromText(e.Direction.ToCode()),
            ExportCell.FromNumber(e.PreviousValue, decimals),
            ExportCell.FromNumber(e.Forecast?.Value, decimals),
            ExportCell.FromText(e.PredictedRating.Rating.ToCode()),
            ExportCell.FromText(stored.DataQuality.ToCode()),
            ExportCell.FromText(stored.Provisional ? "yes" : "no"),
            ExportCell.FromText(stored.Commentary),
        ];
    }
}
