using System.Globalization;

using Waymark.Periods;
using Waymark.Ratings;
using Waymark.Reporting.Content;
using Waymark.Reporting.Text;

namespace Waymark.Reporting.Building;

/// <summary>The text a section has when no officer has written it, generated from the report's figures.</summary>
internal sealed class DefaultText(
    ReportData data,
    ReportingPeriod period,
    RatingSummaryTable? summary,
    List<TrackerEntry> trackers,
    List<HighlightedIndicator> highlights,
    Narratives narratives,
    string? trackerGap,
    IReadOnlyList<IndicatorLine> boardLines)
{
    private static readonly string[] Implication = ["Equality and Diversity", "Community Cohesion", "Narrowing the Gap"];

    private string Board => data.Board.Name;

    private string Span => $"{ReportNumbers.Date(period.Start)} to {ReportNumbers.Date(period.End)}";

    public FrontSheet FrontSheet()
    {
        var boardMeeting = data.Meetings.LastOrDefault(m => m.BoardId == data.Board.Id);
        var ticked = narratives.Lines(NarrativeSections.SpecificImplications) ?? [];
        string kind = period.Quarter is null ? "Performance Report" : $"Performance Report Quarter {period.Quarter} {period.ContainingYear(YearType.Financial)}";
        return new FrontSheet(
            narratives.Raw(NarrativeSections.ReportOf) ?? "Head of Policy and Performance",
            narratives.Raw(NarrativeSections.Meeting) ?? boardMeeting?.Body ?? Board,
            boardMeeting?.Date,
            narratives.Raw(NarrativeSections.Subject) ?? $"{Board} {kind}",
            narratives.Raw(NarrativeSections.Originator) ?? data.Administrator?.Name ?? string.Empty,
            narratives.Raw(NarrativeSections.Contact) ?? data.Administrator?.Email ?? string.Empty,
            narratives.Raw(NarrativeSections.WardsAffected) ?? "All",
            [.. Implication.Select(i => new SpecificImplication(i, ticked.Contains(i, StringComparer.OrdinalIgnoreCase)))],
            string.Equals(narratives.Raw(NarrativeSections.WardMembersConsulted), "yes", StringComparison.OrdinalIgnoreCase));
    }

    public IReadOnlyList<string> ExecutiveSummary
    {
        get
        {
            var sentences = new List<string>
            {
                $"This report presents performance information for the {Board} for {period.Label} ({Span}).",
            };
            if (trackers.Count > 0)
            {
                string which = data.Priorities.Count(p => trackers.Exists(t => t.Priority == p.Code) && p.HighRisk) == trackers.Count
                    ? "high risk improvement priorities"
                    : "improvement priorities";
                sentences.Add($"The report includes {Words(trackers.Count, "action tracker")} for the {which} relevant to the Board.");
            }

            else if (trackerGap is not null)
            {
                sentences.Add(trackerGap);
            }

            if (summary is { Total: > 0 })
            {
                RatingCount green = summary.Rows.Single(r => r.Rating == Rating.Green);
                int held = ReportWords.Held(summary);
                sentences.Add(
                    summary.WithoutResult == 0
                        ? "In addition a Performance Indicator (PI) report is provided and of the indicators which are available at the current time " +
                          $"{ReportNumbers.Percent(green.Percent)} ({green.Count}/{summary.Total}) are green and on track to hit target."
                        : held == 0
                            ? "In addition a Performance Indicator (PI) report is provided. " + ReportWords.NoResults(summary, period.Label)
                            : $"In addition a Performance Indicator (PI) report is provided. {ReportWords.ResultsHeld(summary, period.Label)}; of these, " +
                              $"{ReportNumbers.Percent(ReportWords.HeldGreenPercent(summary))} ({green.Count}/{held}) are green and on track to hit target.");
                int concerns = boardLines.Count(l => l.SpecialCauseOfConcern);
                if (concerns > 0)
                {
                    sentences.Add(concerns == 1
                        ? "1 indicator shows a special cause of concern at its latest point on a statistical process control chart."
                        : $"{concerns} indicators show a special cause of concern at their latest point on a statistical process control chart.");
                }
            }

            return [string.Join(' ', sentences)];
        }
    }

    public IReadOnlyList<string> Purpose =>
    [
        $"The purpose of this report is to present an overview of performance against our priority outcomes at the end of {period.Label} ({Span}), " +
        "including the key areas of under performance, so that the Board may understand our current performance and, as necessary, take appropriate action.",
    ];

    public IReadOnlyList<string> Background
    {
        get
        {
            var paragraphs = new List<string>();
            var others = data.Meetings.Where(m => m.BoardId != data.Board.Id).ToList();
            if (others.Count > 0)
            {
                string list = Join([.. others.Select(m => $"{m.Body} on {ReportNumbers.Date(m.Date)}")]);
                paragraphs.Add($"This report has been prepared for the accountability process, which includes {list}.");
            }

            paragraphs.Add(
                "The agreed performance reporting process provides performance indicator reports at quarters 1 and 3 and action trackers at quarters 2 and 4; " +
                "the action trackers of high risk improvement priorities are produced every quarter. An overall traffic light rating is assigned by the " +
                "accountable officer and agreed with the accountable director, supplemented by a direction of travel arrow that indicates whether progress " +
                "is improving, static or deteriorating.");
            return paragraphs;
        }
    }

    public IReadOnlyList<AppendixLine> Appendices(bool indicatorAppendix)
    {
        var lines = new List<AppendixLine>();
        if (trackers.Count > 0)
        {
            lines.Add(new AppendixLine(
                lines.Count + 1,
                "Action trackers",
                $"The action trackers for the improvement priorities relevant to the {Board} rated red or amber, or otherwise asked for, in full, with their key performance indicator results."));
        }

        if (indicatorAppendix)
        {
            lines.Add(new AppendixLine(
                lines.Count + 1,
                "Performance indicator report",
                $"The {period.Label} results and predicted year end traffic lights for every performance indicator relevant to the {Board} that is not already in an action tracker above."));
        }

        lines.Add(new AppendixLine(
            lines.Count + 1,
            GuidanceTitle,
            "What the ratings, the predicted rating, the arrows and signs of direction, each reason a result cannot be traffic lighted, exception reporting and the statistical process control icons mean, under the rules this report was built by."));
        return lines;
    }

    /// <summary>The title of the members' guidance sheet, the report's last appendix.</summary>
    public const string GuidanceTitle = "Guidance for members";

    public static IReadOnlyList<string> Implications =>
    [
        "Effective performance management enables senior officers and Elected Members to be assured that the council is making adequate progress " +
        "and provides a mechanism for them to challenge performance where appropriate.",
    ];

    public static IReadOnlyList<string> LegalAndResource => ["None to report."];

    public IReadOnlyList<string> Conclusions
    {
        get
        {
            string first = $"This report provides the {Board} with a {period.Label} update of performance against its priorities.";
            string second = highlights.Count == 0
                ? NothingHighlighted()
                : $" It highlights {Words(highlights.Count, "indicator")} where progress is not on track ({Join([.. highlights.Select(h => h.Line.Code)])}); " +
                  "Members need to satisfy themselves that these areas are being addressed appropriately, involving partners where necessary.";
            return [first + second];
        }
    }

    /// <summary>
    /// The conclusion when no indicator is highlighted, saying only what is known: nothing about indicators without
    /// results, and that no action tracker is held when none is.
    /// </summary>
    private string NothingHighlighted()
    {
        string gap = trackers.Count == 0 && trackerGap is not null ? " " + trackerGap : string.Empty;
        if (summary is null)
        {
            return trackers.Count > 0
                ? $" It reproduces {Words(trackers.Count, "action tracker")} in full; Members need to satisfy themselves that these areas are being addressed appropriately, involving partners where necessary."
                : gap;
        }

        int held = ReportWords.Held(summary);
        return (summary.WithoutResult == 0
            ? " No indicator is rated red or predicted to be red at the year end."
            : held == 0
                ? $" {ReportWords.NoResults(summary, period.Label)} Members cannot yet be told whether its indicators are on track."
                : $" Of the {Words(held, "indicator")} with a result for {period.Label}, none is rated red or predicted to be red at the year end; " +
                  $"{summary.WithoutResult} have no result yet, so nothing can be said of them.") + gap;
    }

    public static IReadOnlyList<string> Recommendations =>
    [
        "Members are asked to consider the performance information provided and, where appropriate, recommend action to address the specific performance concerns raised.",
    ];

    public IReadOnlyList<string> BackgroundPapers() =>
        [.. data.Priorities.Select(p => data.PlanTitles.GetValueOrDefault(p.PlanId)).OfType<string>().Distinct(StringComparer.Ordinal)];

    private static string Words(int count, string noun) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? noun : noun + "s");

    private static string Join(IReadOnlyList<string> items) => items.Count switch
    {
        0 => string.Empty,
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1],
    };
}
