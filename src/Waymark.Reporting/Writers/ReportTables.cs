using Waymark.Data.Exports;
using Waymark.Reporting.Content;

namespace Waymark.Reporting.Writers;

/// <summary>
/// The report's tables (<see cref="Tables"/>) painted as export tables for the XLSX and CSV writers: the same header
/// text and words as the report's other formats, each figure as its number at its decimals.
/// </summary>
public static class ReportTables
{
    private const int NarrowestColumn = 10;

    private const int WidestColumn = 80;

    /// <summary>The report's CSV: every indicator relevant to the board, with where the report shows it.</summary>
    public static ExportTable BoardIndicators(BoardReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return Paint("Board indicators", Tables.BoardIndicators(report));
    }

    /// <summary>
    /// Every table of the report, one per worksheet, the summary first: rating summary, priority progress, each
    /// highlighted indicator's figures, comparators and trend, the assessment scores, each tracker with its key
    /// actions and indicators, the indicator appendix, the meetings of the accountability process, the members' guidance and, last, the
    /// report's council, board, period and missing data (so that a report with no table still has a sheet).
    /// </summary>
    public static IReadOnlyList<ExportTable> All(BoardReport report) => [.. Sheets(report).Select(s => Paint(s.Name, s.Table))];

    /// <summary>The report's tables as <see cref="All"/> has them, each with the name of its worksheet.</summary>
    public static IReadOnlyList<(string Name, ReportTable Table)> Sheets(BoardReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var sheets = new List<(string Name, ReportTable Table)>();
        if (Tables.RatingSummary(report) is { } summary)
        {
            sheets.Add(("Rating summary", summary));
        }

        if (Tables.PriorityProgress(report) is { } progress)
        {
            sheets.Add(("Priority progress", progress));
        }

        foreach (HighlightedIndicator h in report.Highlights)
        {
            sheets.Add(($"{h.Line.Code} figures", Tables.HighlightFigures(report, h)));
            if (Tables.HighlightComparators(h) is { } comparators)
            {
                sheets.Add(($"{h.Line.Code} comparators", comparators));
            }

            if (Tables.HighlightTrend(h) is { } trend)
            {
                sheets.Add(($"{h.Line.Code} trend", trend));
            }
        }

        foreach (ReportTable people in Tables.People(report))
        {
            sheets.Add((people.Caption, people));
        }

        if (Tables.Assessment(report) is { } assessment)
        {
            sheets.Add(("Assessment", assessment));
        }

        foreach (TrackerEntry t in report.Trackers)
        {
            sheets.Add(($"{t.Priority} tracker", Tables.Tracker(t)));
            if (Tables.KeyActions(t) is { } actions)
            {
                sheets.Add(($"{t.Priority} key actions", actions));
            }

            if (t.Indicators.Count > 0)
            {
                sheets.Add(($"{t.Priority} indicators", Tables.TrackerIndicators(t)));
            }
        }

        if (report.Contents.IndicatorReport)
        {
            sheets.Add(("Indicator appendix", Tables.IndicatorAppendix(report)));
        }

        if (Tables.Meetings(report) is { } meetings)
        {
            sheets.Add(("Meetings", meetings));
        }

        sheets.Add(("Guidance", Tables.Guidance(report)));
        sheets.Add(("Report", About(report)));
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        return [.. sheets.Select(s => (SheetName(s.Name, names), s.Table))];
    }

    /// <summary>The workbook's last sheet, which every report has: its council, board and period, and what it cannot show for want of data.</summary>
    public static ReportTable About(BoardReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new(
            $"{report.Board}, {report.PeriodLabel}",
            [new("Item"), new("Detail")],
            [
                [ReportCell.Plain("Council"), ReportCell.Plain(report.Council)],
                [ReportCell.Plain("Board"), ReportCell.Plain(report.Board)],
                [ReportCell.Plain("Period"), ReportCell.Plain(report.PeriodLabel)],
                [ReportCell.Plain("Subject"), ReportCell.Plain(report.FrontSheet.Subject)],
                .. report.MissingData.Select(m => (IReadOnlyList<ReportCell>)[ReportCell.Plain("Missing data"), ReportCell.Plain(m)]),
            ]);
    }

    /// <summary>How wide a column of <paramref name="table"/> is drawn, in characters: as its longest words, within bounds.</summary>
    public static int Width(ReportTable table, int column)
    {
        ArgumentNullException.ThrowIfNull(table);
        return Math.Clamp(table.Rows.Select(r => r[column].Words.Length).Append(table.Columns[column].Header.Length).Max() + 2, NarrowestColumn, WidestColumn);
    }

    /// <summary>Paints <paramref name="table"/> as an export table named <paramref name="name"/>: its headers, its words, its figures as numbers.</summary>
    public static ExportTable Paint(string name, ReportTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        List<IReadOnlyList<ExportCell>> rows = [.. table.Rows.Select(r => (IReadOnlyList<ExportCell>)[.. r.Select(Cell)])];
        IReadOnlyList<ExportColumn> columns =
        [
            .. table.Columns.Select((c, i) => new ExportColumn(c.Header, Width(table, i))),
        ];
        return new(name, columns, Rows(rows));
    }

    private static ExportCell Cell(ReportCell cell) => cell.Kind == CellKind.Figure
        ? (cell.Number is { } n ? ExportCell.FromNumber(n.Value, n.Decimals) : ExportCell.Empty)
        : ExportCell.FromText(cell.Words);

    /// <summary>A worksheet's name from <paramref name="wanted"/>: the characters a name cannot hold replaced, cut to length, and numbered when taken.</summary>
    private static string SheetName(string wanted, HashSet<string> taken)
    {
        string name = new([.. wanted.Select(c => ":\\/?*[]".Contains(c, StringComparison.Ordinal) ? '-' : c)]);
        name = name.Trim('\'');
        name = name.Length > ExportTable.MaxNameLength ? name[..ExportTable.MaxNameLength].TrimEnd() : name;
        string candidate = name;
        for (int n = 2; !taken.Add(candidate); n++)
        {
            string suffix = $" ({n})";
            candidate = name[..Math.Min(name.Length, ExportTable.MaxNameLength - suffix.Length)] + suffix;
        }

        return candidate;
    }

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
