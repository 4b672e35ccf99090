using Waymark.Data.Evaluation;
using Waymark.Evaluation;
using Waymark.Indicators;
using Waymark.Ratings;
using Waymark.Variation;

namespace Waymark.Data.Exports;

/// <summary>One indicator of a list as it is downloaded: its evaluation for the period, its owner and its control chart.</summary>
/// <param name="Evaluated">The indicator with its result and what the rules say of it for the period.</param>
/// <param name="Owner">The name of its owner, if it has one.</param>
/// <param name="Chart">Its XmR chart up to the period, if one is drawn.</param>
public sealed record IndicatorListEntry(EvaluatedIndicator Evaluated, string? Owner, XmrChart? Chart);

/// <summary>
/// The <c>indicators list</c> download: one row per indicator of a filtered list, in the list's order, with what the
/// list shows for the period (result, target, rating, direction, variation and assurance) in the words of the
/// <c>results</c> export, and the owner and commentary.
/// </summary>
public static class IndicatorListExport
{
    /// <summary>The columns, in order.</summary>
    public static IReadOnlyList<ExportColumn> Columns { get; } =
    [
        new("indicator", 12), new("title", 50), new("owner", 20), new("period", 12), new("value"), new("target"),
        new("rating"), new("reason", 14), new("direction", 15), new("previous_value", 16), new("predicted_year_end", 20),
        new("predicted_rating", 18), new("variation", 18), new("assurance", 13), new("commentary", 80),
    ];

    /// <summary>The table of <paramref name="entries"/>, in their order.</summary>
    public static ExportTable Create(IReadOnlyList<IndicatorListEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return new ExportTable("indicators", Columns, entries.Select(Cells).ToAsyncEnumerable());
    }

    private static IReadOnlyList<ExportCell> Cells(IndicatorListEntry entry)
    {
        IndicatorEvaluation e = entry.Evaluated.Evaluation;
        int decimals = e.Indicator.Decimals;
        return
        [
            ExportCell.FromText(e.Indicator.Code),
            ExportCell.FromText(e.Indicator.Title),
            ExportCell.FromText(entry.Owner),
            ExportCell.FromText(e.Period.ToString()),
            ExportCell.FromNumber(e.Value, decimals),
            ExportCell.FromNumber(e.Target?.Value, decimals),
            ExportCell.FromText(e.Rating.Rating.ToCode()),
            ExportCell.FromText(e.Rating.Reason?.ToCode()),
            ExportCell.FromText(e.Direction.ToCode()),
            ExportCell.FromNumber(e.PreviousValue, decimals),
            ExportCell.FromNumber(e.Forecast?.Value, decimals),
            ExportCell.FromText(e.PredictedRating.Rating.ToCode()),
            ExportCell.FromText((entry.Chart?.Variation ?? VariationIcon.NotShown).ToCode()),
            ExportCell.FromText((entry.Chart?.Assurance ?? AssuranceIcon.NotShown).ToCode()),
            ExportCell.FromText(entry.Evaluated.Stored?.Commentary),
        ];
    }
}
