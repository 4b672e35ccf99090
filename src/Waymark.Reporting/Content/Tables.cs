using Waymark.Reporting.Text;

namespace Waymark.Reporting.Content;

/// <summary>
/// The report's tables, each built once from the <see cref="BoardReport"/> for the HTML (and so the PDF) and the Word
/// writers to paint: the same caption, header text, words and figures in every format.
/// </summary>
public static class Tables
{
    /// <summary>The header text of an indicator table's twelve columns, in order.</summary>
    public static IReadOnlyList<ReportColumn> IndicatorColumns { get; } =
    [
        new("Indicator"), new("Polarity"), ReportColumn.Figures("Result"), ReportColumn.Figures("Target"), new("Rating"),
        ReportColumn.Figures("Predicted year end"), new("Predicted rating"), new("Direction of travel"), ReportColumn.Figures("England"),
        ReportColumn.Figures("Region"), ReportColumn.Figures("Statistical neighbours"), new("Data quality"),
    ];

    /// <summary>The performance indicator appendix: every indicator of the report not shown with a tracker, for the report's period.</summary>
    public static ReportTable IndicatorAppendix(BoardReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        ReportTable table = Indicators($"Performance indicators, {report.PeriodLabel}", report.IndicatorAppendix);
        return table with
        {
            Rows = [.. table.Rows.Zip(report.IndicatorAppendix, (row, line) => (IReadOnlyList<ReportCell>)[row[0] with { Note = line.Definition }, .. row.Skip(1)])],
        };
    }

    /// <summary>The indicators aligned to a tracker's priority.</summary>
    public static ReportTable TrackerIndicators(TrackerEntry tracker)
    {
        ArgumentNullException.ThrowIfNull(tracker);
        return Indicators($"{tracker.Priority} performance indicators", tracker.Indicators);
    }

    /// <summary>
    /// A row per indicator: code and title, polarity, result, target, rating (with the reason when not rated),
    /// predicted year end and rating, direction of travel, the three comparators with their periods and data quality.
    /// </summary>
    public static ReportTable Indicators(string caption, IReadOnlyList<IndicatorLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        return new(caption, IndicatorColumns, [.. lines.Select(IndicatorRow)]);
    }

    /// <summary>The number and percentage of indicators at each rating, or null when the report has no summary.</summary>
    public static ReportTable? RatingSummary(BoardReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report.RatingSummary is { } summary
            ? new(
                $"Performance indicator ratings, {report.PeriodLabel}",
                [new(report.PeriodLabel), ReportColumn.Figures("Number"), ReportColumn.Figures("%")],
                [.. summary.Rows.Select(r => (IReadOnlyList<ReportCell>)
                [
                    ReportCell.ForRating(r.Rating, r.Label), ReportCell.Figure(ReportNumbers.Count(r.Count)), ReportCell.Figure(ReportNumbers.Percent(r.Percent)),
                ])])
            : null;
    }

    /// <summary>Each improvement priority's rating and direction of travel in each period, or null when the report has no such table.</summary>
    public static ReportTable? PriorityProgress(BoardReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report.PriorityProgress is { } progress
            ? new(
                "Overall progress rating and direction of travel of the improvement priorities",
                [new("Improvement priority"), .. progress.Periods.Select(p => new ReportColumn(p))],
                [.. progress.Rows.Select(r => (IReadOnlyList<ReportCell>)
                [
                    ReportCell.Plain($"{r.Code} {r.Title}"),
                    .. r.Cells.Select(c => c is null ? ReportCell.Plain("no tracker") : ReportCell.ForProgress(c)),
                ])])
            : null;
    }

    private static IReadOnlyList<ReportCell> IndicatorRow(IndicatorLine l) =>
    [
        ReportCell.Plain($"{l.Code} {l.Title}"),
        ReportCell.Plain(ReportWords.Polarity(l.Polarity)),
        ReportCell.Figure(ReportNumbers.WithUnit(l, l.Value)),
        ReportCell.Figure(ReportNumbers.WithUnit(l, l.Target)),
        ReportCell.ForRating(l.Rating, ReportWords.RatingWithReason(l)),
        ReportCell.Figure(ReportNumbers.WithUnit(l, l.PredictedYearEnd)),
        ReportCell.ForRating(l.PredictedRating, ReportWords.Rating(l.PredictedRating)),
        ReportCell.ForDirection(l.Direction),
        ReportCell.Figure(ReportWords.Comparator(l, l.Comparators.England)),
        ReportCell.Figure(ReportWords.Comparator(l, l.Comparators.Region)),
        ReportCell.Figure(ReportWords.Comparator(l, l.Comparators.Neighbours)),
        ReportCell.Plain(ReportWords.DataQuality(l)),
    ];
}
