using Waymark.Reporting.Charts;
using Waymark.Reporting.Text;

namespace Waymark.Reporting.Content;

/// <summary>
/// The report's tables, each built once from the <see cref="BoardReport"/> for every writer to paint (HTML and so PDF,
/// Word, Excel and CSV): the same caption, header text, words and figures in every format.
/// </summary>
public static class Tables
{
    /// <summary>The position of the rating among an indicator table's columns.</summary>
    public const int RatingColumn = 5;

    /// <summary>The header text of an indicator table's thirteen columns, in order.</summary>
    public static IReadOnlyList<ReportColumn> IndicatorColumns { get; } =
    [
        new("Indicator"), new("Polarity"), ReportColumn.Figures("Result"), ReportColumn.Figures("Target"), ReportColumn.Figures("Annual target"), new("Rating"),
        ReportColumn.Figures("Predicted year end"), new("Predicted rating"), new("Direction of travel"), ReportColumn.Figures("England"),
        ReportColumn.Figures("Region"), ReportColumn.Figures("Statistical neighbours"), new("Data quality"),
    ];

    /// <summary>The performance indicator appendix: every indicator of the report not shown with a tracker, for the report's period, with the statistical process control icons of each in words under its rating.</summary>
    public static ReportTable IndicatorAppendix(BoardReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        ReportTable table = Indicators($"Performance indicators, {report.PeriodLabel}", report.IndicatorAppendix);
        return table with
        {
            Rows = [.. table.Rows.Zip(report.IndicatorAppendix, (row, line) => (IReadOnlyList<ReportCell>)
                [row[0] with { Note = line.Definition }, .. row.Skip(1).Take(RatingColumn - 1), row[RatingColumn] with { Note = line.Variation }, .. row.Skip(RatingColumn + 1)])],
        };
    }

    /// <summary>
    /// Every indicator relevant to the board with the appendix's columns and, last, where the report shows it: an
    /// action tracker's appendix, the indicator appendix (and the main issues when it is highlighted), or not at all.
    /// </summary>
    public static ReportTable BoardIndicators(BoardReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        ReportTable table = Indicators($"Performance indicators relevant to the {report.Board}, {report.PeriodLabel}", report.BoardIndicators);
        return table with
        {
            Columns = [.. table.Columns, new ReportColumn("Appears in")],
            Rows = [.. table.Rows.Zip(report.BoardIndicators, (row, line) => (IReadOnlyList<ReportCell>)[.. row, ReportCell.Plain(AppearsIn(report, line))])],
        };
    }

    /// <summary>Where the report shows an indicator: "Appendix 1, HW-3a action tracker", "Appendix 2, performance indicator report; main issues, underperforming indicators", or "not in this report".</summary>
    public static string AppearsIn(BoardReport report, IndicatorLine line)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(line);
        var places = new List<string>();
        int? Number(string title) => report.Background.Appendices.FirstOrDefault(a => a.Title == title)?.Number;
        foreach (TrackerEntry t in report.Trackers.Where(t => t.Indicators.Any(i => i.Code == line.Code)))
        {
            places.Add($"Appendix {Number("Action trackers")}, {t.Priority} action tracker");
        }

        if (report.IndicatorAppendix.Any(i => i.Code == line.Code))
        {
            places.Add($"Appendix {Number("Performance indicator report")}, performance indicator report");
        }

        if (report.Highlights.Any(h => h.Line.Code == line.Code))
        {
            places.Add("main issues, underperforming indicators");
        }

        return places.Count == 0 ? "not in this report" : string.Join("; ", places);
    }

    /// <summary>The report's tables of counts of people as its readers may see them, through <see cref="SmallNumbers.ForReaders"/>.</summary>
    public static IReadOnlyList<ReportTable> People(BoardReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return [.. report.PeopleTables.Select(t => SmallNumbers.ForReaders(report, t))];
    }

    /// <summary>The members' guidance sheet: each word or sign the report uses and what it means.</summary>
    public static ReportTable Guidance(BoardReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new(
            "What the words and signs of this report mean",
            [new("Term"), new("Meaning")],
            [.. report.Guidance.Select(g => (IReadOnlyList<ReportCell>)[ReportCell.Plain(g.Term), ReportCell.Plain(g.Meaning)])]);
    }

    /// <summary>The indicators aligned to a tracker's priority.</summary>
    public static ReportTable TrackerIndicators(TrackerEntry tracker)
    {
        ArgumentNullException.ThrowIfNull(tracker);
        return Indicators($"{tracker.Priority} performance indicators", tracker.Indicators);
    }

    /// <summary>
    /// A row per indicator: code and title, polarity, result, the period's target and the annual target, rating (with the reason when not rated),
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
                    ReportCell.ForRating(r.Rating, r.Label), ReportCell.Count(r.Count), ReportCell.Percent(r.Percent),
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

    /// <summary>The meetings of the accountability process for the period, or null when none are held.</summary>
    public static ReportTable? Meetings(BoardReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report.Background.Meetings.Count > 0
            ? new(
                $"Meetings of the accountability process for {report.PeriodLabel}",
                [new("Meeting"), new("Date")],
                [.. report.Background.Meetings.Select(m => (IReadOnlyList<ReportCell>)[ReportCell.Plain(m.Body), ReportCell.Plain(ReportNumbers.Date(m.Date))])])
            : null;
    }

    /// <summary>A highlighted indicator's figures for the report's period, in one row: result, target, rating, predicted year end, annual target, predicted rating and direction.</summary>
    public static ReportTable HighlightFigures(BoardReport report, HighlightedIndicator highlight)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(highlight);
        IndicatorLine l = highlight.Line;
        return new(
            $"{l.Code} at {report.PeriodLabel}",
            [
                ReportColumn.Figures("Result"), ReportColumn.Figures("Target"), new("Rating"), ReportColumn.Figures("Predicted year end"),
                ReportColumn.Figures("Annual target"), new("Predicted rating"), new("Direction of travel"),
            ],
            [
                [
                    ReportCell.Figure(l, l.Value),
                    ReportCell.Figure(l, l.Target),
                    ReportCell.ForRating(l.Rating, ReportWords.RatingWithReason(l)),
                    ReportCell.Figure(l, l.PredictedYearEnd),
                    ReportCell.Figure(l, l.AnnualTarget),
                    ReportCell.ForRating(l.PredictedRating, ReportWords.Rating(l.PredictedRating)),
                    ReportCell.ForDirection(l.Direction),
                ],
            ],
            RowHeaders: false);
    }

    /// <summary>A highlighted indicator's England, regional and statistical neighbour figures, or null when none are held.</summary>
    public static ReportTable? HighlightComparators(HighlightedIndicator highlight)
    {
        ArgumentNullException.ThrowIfNull(highlight);
        IndicatorLine l = highlight.Line;
        return l.Comparators is { England: null, Region: null, Neighbours: null }
            ? null
            : new(
                $"{l.Code} compared with England, the region and statistical neighbours",
                [ReportColumn.Figures("England"), ReportColumn.Figures("Region"), ReportColumn.Figures("Statistical neighbours")],
                [[ReportCell.Comparator(l, l.Comparators.England), ReportCell.Comparator(l, l.Comparators.Region), ReportCell.Comparator(l, l.Comparators.Neighbours)]],
                RowHeaders: false);
    }

    /// <summary>The figures of a highlighted indicator's trend chart, a row per line and a column per period, or null when it has no chart.</summary>
    public static ReportTable? HighlightTrend(HighlightedIndicator highlight)
    {
        ArgumentNullException.ThrowIfNull(highlight);
        IndicatorLine l = highlight.Line;
        return highlight.Trend.Count > 1
            ? new(
                $"{l.Code} trend: the figures in the chart",
                [new("Line"), .. highlight.Trend.Select(p => ReportColumn.Figures(p.Period))],
                [.. TrendChart.Series(highlight).Select(s => (IReadOnlyList<ReportCell>)[ReportCell.Plain(s.Name), .. s.Values.Select(v => ReportCell.Figure(l, v))])])
            : null;
    }

    /// <summary>The external assessment's scores, a row per block and a column per round, or null when the report has none.</summary>
    public static ReportTable? Assessment(BoardReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report.Assessment is { } assessment
            ? new(
                assessment.Basis is { } basis
                    ? $"{assessment.Framework} scores; {basis}"
                    : $"{assessment.Framework} scores; a provisional score carried forward from the previous round is marked (carried forward)",
                [new("Block"), .. assessment.Rounds.Select(r => new ReportColumn(r.Provisional ? $"{r.Name} (provisional)" : r.Name))],
                [.. assessment.Blocks.Select(b => (IReadOnlyList<ReportCell>)
                [
                    ReportCell.Plain(b.Group is null ? b.Name : $"{b.Group}: {b.Name}"),
                    .. b.Scores.Select(ReportCell.ForScore),
                ])])
            : null;
    }

    /// <summary>An action tracker's account of its priority: plan, officers, overall rating, direction, update, challenges and risks.</summary>
    public static ReportTable Tracker(TrackerEntry tracker)
    {
        ArgumentNullException.ThrowIfNull(tracker);
        return new(
            $"{tracker.Priority} action tracker",
            [new("Item"), new("Detail")],
            [
                [ReportCell.Plain("Plan"), ReportCell.Plain(tracker.Plan)],
                [ReportCell.Plain("Lead officer"), ReportCell.Plain(tracker.LeadOfficer ?? string.Empty)],
                [ReportCell.Plain("Accountable director"), ReportCell.Plain(tracker.AccountableDirector ?? string.Empty)],
                [ReportCell.Plain("Overall rating"), ReportCell.ForRating(tracker.Rating)],
                [ReportCell.Plain("Direction of travel"), ReportCell.ForDirection(tracker.Direction)],
                [ReportCell.Plain("Contextual update"), ReportCell.Plain(tracker.ContextualUpdate ?? string.Empty)],
                [ReportCell.Plain("Challenges and risks"), ReportCell.Plain(tracker.ChallengesAndRisks ?? string.Empty)],
            ]);
    }

    /// <summary>A tracker's key actions with their owner, due date and progress, or null when it has none.</summary>
    public static ReportTable? KeyActions(TrackerEntry tracker)
    {
        ArgumentNullException.ThrowIfNull(tracker);
        return tracker.Actions.Count > 0
            ? new(
                $"{tracker.Priority} key actions",
                [new("Action"), new("Owner"), new("Due"), new("Progress")],
                [.. tracker.Actions.Select(a => (IReadOnlyList<ReportCell>)
                [
                    ReportCell.Plain(a.Description), ReportCell.Plain(a.Owner ?? string.Empty), ReportCell.Plain(ReportNumbers.Date(a.Due)), ReportCell.Plain(a.Progress ?? string.Empty),
                ])])
            : null;
    }

    private static IReadOnlyList<ReportCell> IndicatorRow(IndicatorLine l) =>
    [
        ReportCell.Plain($"{l.Code} {l.Title}"),
        ReportCell.Plain(ReportWords.Polarity(l.Polarity)),
        ReportCell.Figure(l, l.Value),
        ReportCell.Figure(l, l.Target),
        ReportCell.Figure(l, l.AnnualTarget),
        ReportCell.ForRating(l.Rating, ReportWords.RatingWithReason(l)),
        ReportCell.Figure(l, l.PredictedYearEnd),
        ReportCell.ForRating(l.PredictedRating, ReportWords.Rating(l.PredictedRating)),
        ReportCell.ForDirection(l.Direction),
        ReportCell.Comparator(l, l.Comparators.England),
        ReportCell.Comparator(l, l.Comparators.Region),
        ReportCell.Comparator(l, l.Comparators.Neighbours),
        ReportCell.Plain(ReportWords.DataQuality(l)),
    ];
}
