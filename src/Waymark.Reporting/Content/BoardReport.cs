using System.Text.Json.Serialization;

using Waymark.Cycle;
using Waymark.Disclosure;

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
    IReadOnlyList<IndicatorLine> IndicatorAppendix)
{
    /// <summary>
    /// What the report cannot show for want of data, in sentences a reader sees at the start of its main issues
    /// ("No action trackers are held for Q2 2008/09."); empty when nothing is missing.
    /// </summary>
    public IReadOnlyList<string> MissingData { get; init; } = [];

    /// <summary>
    /// Every indicator relevant to the board, evaluated for the period, whether or not the report shows it (the CSV
    /// lists them all, saying where each appears). Built again with the report, never frozen with it.
    /// </summary>
    [JsonIgnore]
    public IReadOnlyList<IndicatorLine> BoardIndicators { get; init; } = [];

    /// <summary>
    /// Tables of counts of people (such as an indicator's results by group), each marked with its
    /// <see cref="ReportTable.PeopleCounts"/>, painted after the underperforming indicators. Every writer reads them
    /// through <see cref="Tables.People"/>, which keeps their small numbers from readers. Built again with the report,
    /// never frozen with it.
    /// </summary>
    [JsonIgnore]
    public IReadOnlyList<ReportTable> PeopleTables { get; init; } = [];

    /// <summary>The council's small-number threshold (<c>small_number_threshold</c>), 5 unless it sets its own.</summary>
    [JsonIgnore]
    public SmallNumberThreshold SmallNumberThreshold { get; init; } = SmallNumberThreshold.Default;

    /// <summary>
    /// Whether the report is written for officers who may see counts of people as they are; false (the default) for
    /// every report the public or a councillor reads, whose small numbers are shown as <c>c</c>.
    /// </summary>
    [JsonIgnore]
    public bool ShowsSmallNumbers { get; init; }

    /// <summary>The members' guidance sheet, the report's last appendix: what its words and signs mean under the rules it was built by. Built again with the report, never frozen with it.</summary>
    [JsonIgnore]
    public IReadOnlyList<GuidanceEntry> Guidance { get; init; } = [];
}
