using Waymark.Data.Exports;
using Waymark.Ratings;
using Waymark.Reporting.Content;
using Waymark.Results;

namespace Waymark.Reporting.Writers;

/// <summary>The report's tables as export tables, numbers as numbers at their decimals, for the CSV and XLSX writers.</summary>
public static class ReportTables
{
    public static IReadOnlyList<ExportColumn> IndicatorColumns { get; } =
    [
        new("indicator", 12), new("title", 60), new("priority", 14), new("polarity", 10), new("unit", 16), new("value"), new("target"),
        new("rating", 10), new("reason", 26), new("predicted_year_end", 20), new("annual_target", 15), new("predicted_rating", 18),
        new("direction", 15), new("previous_value", 16), new("england", 10), new("region", 10), new("statistical_neighbours", 24),
        new("comparator_period", 19), new("data_quality", 14),
    ];

    /// <summary>The performance indicator appendix.</summary>
    public static ExportTable IndicatorAppendix(BoardReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return Indicators("Indicator appendix", report.IndicatorAppendix);
    }

    /// <summary>Every table of the report, one per worksheet: summary, progress, highlights, assessment, trackers, actions, tracker indicators, appendix.</summary>
    public static IReadOnlyList<ExportTable> All(BoardReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var tables = new List<ExportTable>();
        if (report.RatingSummary is { } summary)
        {
            tables.Add(Table(
                "Rating summary",
                [new("rating", 26), new("number", 10), new("percent", 10)],
                [.. summary.Rows.Select(r => Row(ExportCell.FromText(r.Label), ExportCell.FromNumber(r.Count, 0), ExportCell.FromNumber(r.Percent, 0)))]));
        }

        if (report.PriorityProgress is { } progress)
        {
            var columns = new List<ExportColumn> { new("priority", 14), new("title", 60) };
            foreach (string period in progress.Periods)
            {
                columns.Add(new($"{period} rating", 18));
                columns.Add(new($"{period} direction", 20));
            }

            tables.Add(Table(
                "Priority progress",
                columns,
                [.. progress.Rows.Select(r => (IReadOnlyList<ExportCell>)
                [
                    ExportCell.FromText(r.Code), ExportCell.FromText(r.Title),
                    .. r.Cells.SelectMany(c => new[] { ExportCell.FromText(c?.Rating?.ToCode()), ExportCell.FromText(c?.Direction?.ToCode()) }),
                ])]));
        }

        if (report.Highlights.Count > 0)
        {
            tables.Add(Indicators("Highlighted indicators", [.. report.Highlights.Select(h => h.Line)]));
            tables.Add(Table(
                "Highlighted trends",
                [new("indicator", 12), new("period", 12), new("value"), new("target"), new("england", 10), new("region", 10), new("statistical_neighbours", 24)],
                [.. report.Highlights.SelectMany(h => h.Trend.Select(p => Row(
                    ExportCell.FromText(h.Line.Code), ExportCell.FromText(p.Period), Number(p.Value, h.Line), Number(p.Target, h.Line),
                    Number(p.England, h.Line), Number(p.Region, h.Line), Number(p.Neighbours, h.Line))))]));
        }

        if (report.Assessment is { } assessment)
        {
            var columns = new List<ExportColumn> { new("group", 20), new("block", 34) };
            foreach (AssessmentRound round in assessment.Rounds)
            {
                columns.Add(new(round.Provisional ? $"{round.Name} (provisional)" : round.Name, 24));
                columns.Add(new($"{round.Name} carried forward", 24));
            }

            tables.Add(Table(
                "Assessment",
                columns,
                [.. assessment.Blocks.Select(b => (IReadOnlyList<ExportCell>)
                [
                    ExportCell.FromText(b.Group), ExportCell.FromText(b.Name),
                    .. b.Scores.SelectMany(s => new[] { ExportCell.FromText(s.Score), ExportCell.FromText(s.CarriedForward ? "yes" : "no") }),
                ])]));
        }

        if (report.Trackers.Count > 0)
        {
            tables.Add(Table(
                "Trackers",
                [new("priority", 14), new("title", 60), new("plan", 30), new("lead_officer", 20), new("accountable_director", 22), new("rating", 10), new("direction", 15), new("contextual_update", 80), new("challenges_and_risks", 80)],
                [.. report.Trackers.Select(t => Row(
                    ExportCell.FromText(t.Priority), ExportCell.FromText(t.Title), ExportCell.FromText(t.Plan), ExportCell.FromText(t.LeadOfficer),
                    ExportCell.FromText(t.AccountableDirector), ExportCell.FromText(t.Rating?.ToCode()), ExportCell.FromText(t.Direction?.ToCode()),
                    ExportCell.FromText(t.ContextualUpdate), ExportCell.FromText(t.ChallengesAndRisks)))]));
            tables.Add(Table(
                "Tracker actions",
                [new("priority", 14), new("action", 70), new("owner", 24), new("due", 12), new("progress", 70)],
                [.. report.Trackers.SelectMany(t => t.Actions.Select(a => Row(
                    ExportCell.FromText(t.Priority), ExportCell.FromText(a.Description), ExportCell.FromText(a.Owner), ExportCell.FromDate(a.Due), ExportCell.FromText(a.Progress))))]));
            tables.Add(Indicators("Tracker indicators", [.. report.Trackers.SelectMany(t => t.Indicators)]));
        }

        if (report.Contents.IndicatorReport)
        {
            tables.Add(IndicatorAppendix(report));
        }

        return tables;
    }

    private static ExportTable Indicators(string name, IReadOnlyList<IndicatorLine> lines) =>
        Table(name, IndicatorColumns, [.. lines.Select(IndicatorRow)]);

    private static IReadOnlyList<ExportCell> IndicatorRow(IndicatorLine l) =>
    [
        ExportCell.FromText(l.Code), ExportCell.FromText(l.Title), ExportCell.FromText(l.Priority), ExportCell.FromText(l.Polarity), ExportCell.FromText(l.Unit),
        Number(l.Value, l), Number(l.Target, l), ExportCell.FromText(l.Rating.ToCode()), ExportCell.FromText(l.NotRatedReason),
        Number(l.PredictedYearEnd, l), Number(l.AnnualTarget, l), ExportCell.FromText(l.PredictedRating.ToCode()), ExportCell.FromText(l.Direction.ToCode()),
        Number(l.PreviousValue, l), Number(l.Comparators.England?.Value, l), Number(l.Comparators.Region?.Value, l), Number(l.Comparators.Neighbours?.Value, l),
        ExportCell.FromText(l.Comparators.England?.Period ?? l.Comparators.Region?.Period ?? l.Comparators.Neighbours?.Period),
        ExportCell.FromText((l.Withheld ? DataQuality.Withheld : DataQuality.Ok).ToCode()),
    ];

    private static ExportCell Number(decimal? value, IndicatorLine line) => ExportCell.FromNumber(value, line.Decimals);

    private static ExportCell[] Row(params ExportCell[] cells) => cells;

    private static ExportTable Table(string name, IReadOnlyList<ExportColumn> columns, List<IReadOnlyList<ExportCell>> rows) =>
        new(name, columns, Rows(rows));

#pragma warning disable CS1998 // The rows are already in memory; the tables read them as a stream like any export.
    private static async IAsyncEnumerable<IReadOnlyList<ExportCell>> Rows(List<IReadOnlyList<ExportCell>> rows)
#pragma warning restore CS1998
    {
        foreach (IReadOnlyList<ExportCell> row in rows)
        {
            yield return row;
        }
    }
}
