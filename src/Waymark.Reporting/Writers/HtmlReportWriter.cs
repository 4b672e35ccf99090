using System.Globalization;
using System.Net;
using System.Text;

using Waymark.Ratings;
using Waymark.Reporting.Charts;
using Waymark.Reporting.Content;
using Waymark.Reporting.Text;
using Waymark.Texts;

namespace Waymark.Reporting.Writers;

/// <summary>
/// The report as one self-contained HTML page (no external resources): real headings, tables with captions and
/// header scopes, every colour and arrow also in words, trend charts with a table of the same figures, and print
/// styles for A4 that keep each heading, caption, chart and header row on the page of what it introduces.
/// </summary>
public static class HtmlReportWriter
{
    private const string Styles = """
        body { font-family: Arial, Helvetica, sans-serif; color: #0b0c0c; line-height: 1.45; max-width: 60rem; margin: 0 auto; padding: 1rem; }
        h1 { font-size: 1.9rem; } h2 { font-size: 1.45rem; margin-top: 2rem; } h3 { font-size: 1.15rem; }
        table { border-collapse: collapse; margin: 0.75rem 0 1.25rem; width: 100%; }
        caption { text-align: left; font-weight: bold; padding-bottom: 0.35rem; }
        th, td { border: 1px solid #505a5f; padding: 0.3rem 0.45rem; text-align: left; vertical-align: top; }
        th { background: #f3f2f1; }
        td.number { text-align: right; font-variant-numeric: tabular-nums; }
        .rating { display: inline-block; padding: 0 0.4rem; border: 1px solid #0b0c0c; font-weight: bold; }
        .rating-red { background: #f4cdc6; } .rating-amber { background: #ffe9a8; } .rating-green { background: #cce2d8; } .rating-not_rated { background: #ffffff; }
        .carried-forward { background: #dddddd; }
        .visually-hidden { position: absolute !important; width: 1px !important; height: 1px !important; margin: 0 !important; padding: 0 !important; overflow: hidden !important; clip: rect(0 0 0 0) !important; clip-path: inset(50%) !important; border: 0 !important; white-space: nowrap !important; }
        .note { display: block; font-weight: normal; font-size: 0.85em; color: #505a5f; margin-top: 0.2rem; }
        dl.front { display: grid; grid-template-columns: 16rem 1fr; gap: 0.25rem 1rem; }
        dl.front dt { font-weight: bold; }
        figure { margin: 1rem 0; } svg { max-width: 100%; height: auto; }
        a { color: #1d70b8; } a:focus { outline: 3px solid #ffdd00; background: #ffdd00; color: #0b0c0c; }
        @media print {
          @page { size: A4; margin: 18mm 15mm 20mm; @bottom-center { content: "Page " counter(page) " of " counter(pages); font-size: 9pt; } }
          @page appendix { size: A4 landscape; }
          body { max-width: none; padding: 0; font-size: 10.5pt; }
          h1, h2, h3, h4, caption { break-after: avoid; break-inside: avoid; }
          table { break-inside: auto; } tr { break-inside: avoid; } tbody tr:first-child { break-before: avoid; }
          thead { display: table-header-group; break-inside: avoid; break-after: avoid; }
          figure { break-inside: avoid; break-after: avoid; }
          .appendix { break-before: page; page: appendix; }
          table.indicators { font-size: 9pt; } table.indicators th[scope="row"] { width: 24%; }
          .rating, th, .carried-forward { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        }
        """;

    public static string Write(BoardReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var html = new Html();
        FrontSheet front = report.FrontSheet;
        html.Raw("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Raw($"<title>{E(front.Subject)}</title>\n<style>\n{Styles}\n</style>\n</head>\n<body>\n<main>\n");

        html.Raw($"<h1>{E(front.Subject)}</h1>\n");
        html.Raw("<dl class=\"front\">\n");
        Pair(html, "Report of", front.ReportOf);
        Pair(html, "Meeting", front.Meeting);
        Pair(html, "Date", ReportNumbers.Date(front.Date));
        Pair(html, "Subject", front.Subject);
        Pair(html, "Originator", front.Originator);
        Pair(html, "Contact", front.Contact);
        Pair(html, "Electoral wards affected", front.WardsAffected);
        Pair(html, "Specific implications for", string.Join("; ", front.SpecificImplications.Select(i => $"{i.Name}: {(i.Applies ? "yes" : "no")}")));
        Pair(html, "Ward members consulted (referred to in report)", front.WardMembersConsulted ? "yes" : "no");
        html.Raw("</dl>\n");

        var numbering = new SectionNumbers();
        Section(html, numbering, "Executive summary", report.ExecutiveSummary);
        Section(html, numbering, "Purpose of the report", report.Purpose);

        numbering.Next(html, "Background information");
        Paragraphs(html, numbering, report.Background.Text);
        if (Tables.Meetings(report) is { } meetings)
        {
            html.Table(meetings);
        }

        if (report.Background.Appendices.Count > 0)
        {
            numbering.Paragraph(html, "The following appendices are provided with this report:");
            html.Raw("<ul>\n");
            foreach (AppendixLine a in report.Background.Appendices)
            {
                html.Raw($"<li><a href=\"#appendix-{a.Number}\">Appendix {a.Number}</a>: {E(a.Title)}. {E(a.Description)}</li>\n");
            }

            html.Raw("</ul>\n");
        }

        numbering.Next(html, "Main issues");
        MainIssues(html, report);
        Section(html, numbering, "Implications for council policy and governance", report.Implications);
        Section(html, numbering, "Legal and resource implications", report.LegalAndResource);
        Section(html, numbering, "Conclusions", report.Conclusions);
        Section(html, numbering, "Recommendations", report.Recommendations);

        html.Raw("<h2>Background papers</h2>\n");
        if (report.BackgroundPapers.Count == 0)
        {
            html.Raw("<p>None.</p>\n");
        }
        else
        {
            html.Raw("<ul>\n");
            foreach (string paper in report.BackgroundPapers)
            {
                html.Raw($"<li>{E(paper)}</li>\n");
            }

            html.Raw("</ul>\n");
        }

        Appendices(html, report);
        html.Raw("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void MainIssues(Html html, BoardReport report)
    {
        foreach (string missing in report.MissingData)
        {
            html.Raw($"<p>{E(missing)}</p>\n");
        }

        if (Tables.PriorityProgress(report) is { } progress)
        {
            html.Raw("<h3>Analysis of performance improvement priorities</h3>\n");
            html.Table(progress);
        }

        if (report.RatingSummary is { } summary && Tables.RatingSummary(report) is { } ratings)
        {
            html.Raw("<h3>Performance indicators</h3>\n");
            html.Raw($"<p>{E(ReportWords.SummarySentence(summary, report.PeriodLabel))}</p>\n");
            html.Table(ratings);
        }

        if (report.Highlights.Count > 0)
        {
            html.Raw("<h3>Underperforming indicators</h3>\n");
            int chart = 0;
            foreach (HighlightedIndicator h in report.Highlights)
            {
                IndicatorLine l = h.Line;
                html.Raw($"<h4>{E(l.Code)}: {E(l.Title)}</h4>\n");
                html.Table(Tables.HighlightFigures(report, h));
                if (Tables.HighlightComparators(h) is { } comparators)
                {
                    html.Table(comparators);
                }
                else
                {
                    html.Raw($"<p>{E(ReportWords.NoComparators(l))}</p>\n");
                }

                if (!string.IsNullOrWhiteSpace(h.Explanation))
                {
                    html.Raw($"<p><strong>Officer's explanation:</strong> {E(h.Explanation)}</p>\n");
                }

                if (Tables.HighlightTrend(h) is { } trend)
                {
                    chart++;
                    html.Raw($"<figure>\n{TrendChart.Svg(h, $"chart-{chart}")}\n</figure>\n");
                    html.Table(trend);
                }
            }
        }

        foreach (ReportTable people in Tables.People(report))
        {
            html.Table(people);
        }

        if (report.Assessment is { } assessment && Tables.Assessment(report) is { } scores)
        {
            html.Raw($"<h3>{E(assessment.Framework)} scores</h3>\n");
            html.Table(scores);
            foreach (string note in assessment.Notes)
            {
                html.Raw($"<p>{E(note)}</p>\n");
            }
        }
    }

    private static void Appendices(Html html, BoardReport report)
    {
        foreach (AppendixLine appendix in report.Background.Appendices)
        {
            html.Raw($"<section class=\"appendix\" id=\"appendix-{appendix.Number}\">\n<h2>Appendix {appendix.Number}: {E(appendix.Title)}</h2>\n<p>{E(appendix.Description)}</p>\n");
            if (appendix.Title == "Action trackers")
            {
                foreach (TrackerEntry t in report.Trackers)
                {
                    Tracker(html, t);
                }
            }
            else if (appendix.Title == Building.DefaultText.GuidanceTitle)
            {
                html.Table(Tables.Guidance(report));
            }
            else
            {
                html.Table(Tables.IndicatorAppendix(report), "indicators");
            }

            html.Raw("</section>\n");
        }
    }

    private static void Tracker(Html html, TrackerEntry t)
    {
        html.Raw($"<h3>{E(t.Priority)}: {E(t.Title)}</h3>\n");
        html.Table(Tables.Tracker(t));
        if (Tables.KeyActions(t) is { } actions)
        {
            html.Table(actions);
        }

        if (t.Indicators.Count > 0)
        {
            html.Table(Tables.TrackerIndicators(t), "indicators");
        }
    }

    private static string Paint(ReportCell cell) => cell.Kind switch
    {
        CellKind.Suppressed => $"<span aria-hidden=\"true\" title=\"{E(cell.Note ?? string.Empty)}\">{E(cell.Text)}</span><span class=\"visually-hidden\">{E(cell.Note ?? string.Empty)}</span>",
        CellKind.Rating when cell.Rating is { } r => RatingSpan(r, cell.Text),
        CellKind.Progress => $"{(cell.Rating is { } r ? RatingSpan(r, cell.Text) : E(cell.Text))} {E(cell.Direction ?? string.Empty)}",
        CellKind.CarriedForward => $"<span class=\"carried-forward\">{E(cell.Text)}</span>",
        _ => E(cell.Text),
    } + (cell.Kind != CellKind.Suppressed && cell.Note is { } note ? $" <span class=\"note\">{E(note)}</span>" : string.Empty);

    private static string RatingSpan(Rating rating, string words) => $"<span class=\"rating rating-{rating.ToCode()}\">{E(words)}</span>";

    private static void Section(Html html, SectionNumbers numbering, string heading, ReportText text)
    {
        numbering.Next(html, heading);
        Paragraphs(html, numbering, text);
    }

    private static void Paragraphs(Html html, SectionNumbers numbering, ReportText text)
    {
        foreach (string paragraph in text.Paragraphs)
        {
            numbering.Paragraph(html, paragraph);
        }
    }

    private static void Pair(Html html, string term, string value) =>
        html.Raw($"<dt>{E(term)}</dt><dd>{(value.Length == 0 ? "&nbsp;" : E(value))}</dd>\n");

    private static string E(string text) => WebUtility.HtmlEncode(PlainText.Writable(text));

    private sealed class SectionNumbers
    {
        private int section;
        private int paragraph;

        public void Next(Html html, string heading)
        {
            section++;
            paragraph = 0;
            html.Raw($"<h2>{section} {E(heading)}</h2>\n");
        }

        public void Paragraph(Html html, string text)
        {
            paragraph++;
            html.Raw(string.Create(CultureInfo.InvariantCulture, $"<p>{section}.{paragraph} {E(text)}</p>\n"));
        }
    }

    private sealed class Html
    {
        private readonly StringBuilder builder = new();

        public void Raw(string text) => builder.Append(text);

        /// <summary>
        /// Paints a table of the report: the first cell of each row heads it (unless the table has no row headers), the
        /// cells of an end-aligned column are numbers.
        /// </summary>
        public void Table(ReportTable table, string? cssClass = null)
        {
            builder.Append(cssClass is null ? "<table>" : $"<table class=\"{cssClass}\">").Append("\n<caption>").Append(E(table.Caption)).Append("</caption>\n<thead><tr>");
            foreach (ReportColumn column in table.Columns)
            {
                builder.Append("<th scope=\"col\">").Append(E(column.Header)).Append("</th>");
            }

            builder.Append("</tr></thead>\n<tbody>\n");
            foreach (IReadOnlyList<ReportCell> row in table.Rows)
            {
                builder.Append("<tr>");
                for (int i = 0; i < row.Count; i++)
                {
                    if (i == 0 && table.RowHeaders)
                    {
                        builder.Append("<th scope=\"row\">").Append(Paint(row[i])).Append("</th>");
                    }
                    else
                    {
                        builder.Append(table.Columns[i].Alignment == ColumnAlignment.End ? "<td class=\"number\">" : "<td>").Append(Paint(row[i])).Append("</td>");
                    }
                }

                builder.Append("</tr>\n");
            }

            builder.Append("</tbody>\n</table>\n");
        }

        public override string ToString() => builder.ToString();
    }
}
