using Waymark.Cycle;

namespace Waymark.Reporting.Content;

/// <summary>
/// A board's performance report for a period, in the order the report is read: front sheet, executive summary,
/// purpose, background, main issues, implications, conclusions, recommendations, background papers, appendices.
/// Every writer renders this one model; every figure in it was worked out by the domain rules from the store.
/// </summary>
public sealed record BoardReport(
    string Council,
    string Board,
    string Period,
    string PeriodLabel,
    ReportContents Contents,
    FrontSheet FrontSheet,
    ReportText ExecutiveSummary,
    ReportText Purpose,
    BackgroundSection Background,
    RatingSummaryTable? RatingSummary,
    PriorityProgressTable? PriorityProgress,
    IReadOnlyList<HighlightedIndicator> Highlights,
    AssessmentTable? Assessment,
    ReportText Implications,
    ReportText LegalAndResource,
    ReportText Conclusions,
    ReportText Recommendations,
    IReadOnlyList<string> BackgroundPapers,
    IReadOnlyList<TrackerEntry> Trackers,
    IReadOnlyList<IndicatorLine> IndicatorAppendix);
