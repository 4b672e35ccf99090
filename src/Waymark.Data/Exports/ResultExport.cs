using System.Runtime.CompilerServices;

using Waymark.Data.Evaluation;
using Waymark.Data.Measures;
using Waymark.Data.Store;
using Waymark.Evaluation;
using Waymark.Indicators;
using Waymark.Periods;
using Waymark.Ratings;
using Waymark.Results;

namespace Waymark.Data.Exports;

/// <summary>
/// The <c>results</c> export: one row per stored result, in indicator order then period order, with what the rules
/// say about it for its own period: the target that applies, the rating or why there is none, the direction of travel
/// against the same period a year earlier and that year's value, and the predicted year end and its rating.
/// </summary>
/// <remarks>
/// Three queries whatever the number of rows: the indicators (already in the selection), then their targets and their
/// results, read and evaluated in one pass by <see cref="StoredEvaluations.ResultsAsync"/>.
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
        // The export covers the indicators it began with; one imported since is left out.
        IAsyncEnumerable<EvaluatedIndicator> evaluated = StoredEvaluations.ResultsAsync(db, selection.Indicators, selection.OnlyId, period, cancellationToken);
        await foreach (EvaluatedIndicator e in evaluated.ConfigureAwait(false))
        {
            yield return Cells(e.Evaluation, e.Stored!);
        }
    }

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
