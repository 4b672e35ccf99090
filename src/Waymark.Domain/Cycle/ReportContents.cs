using Waymark.Periods;

namespace Waymark.Cycle;

/// <summary>
/// What a board's performance report for a period carries. The default reporting cycle (Leeds, from 2008/09) gives
/// the performance indicator report at quarters 1 and 3 and the action trackers at quarters 2 and 4; the trackers of
/// high-risk priorities go every quarter. A year-end report (an annual period) carries both.
/// </summary>
/// <param name="IndicatorReport">Whether the report has the indicator summary, highlights and indicator appendix.</param>
/// <param name="AllPriorityTrackers">Whether the trackers of every priority relevant to the board are considered, not only the high-risk ones.</param>
/// <param name="AllTrackersInFull">Whether every tracker considered goes into the appendix; otherwise only the red and amber ones (exception reporting).</param>
public readonly record struct ReportContents(bool IndicatorReport, bool AllPriorityTrackers, bool AllTrackersInFull)
{
    /// <summary>The contents the reporting cycle gives <paramref name="period"/>: indicators at Q1 and Q3, trackers at Q2 and Q4, both for a year; months follow their quarter.</summary>
    public static ReportContents ForPeriod(ReportingPeriod period)
    {
        int? quarter = period.Kind switch
        {
            PeriodKind.FinancialQuarter => period.Index,
            PeriodKind.Month => ((period.Index + 8) % 12 / 3) + 1,
            _ => null,
        };
        return quarter switch
        {
            null => new ReportContents(IndicatorReport: true, AllPriorityTrackers: true, AllTrackersInFull: false),
            1 or 3 => new ReportContents(IndicatorReport: true, AllPriorityTrackers: false, AllTrackersInFull: false),
            _ => new ReportContents(IndicatorReport: false, AllPriorityTrackers: true, AllTrackersInFull: false),
        };
    }

    /// <summary>Whether the tracker of a priority goes into the report at all: a high-risk priority's always, another's only when all priorities' trackers are considered.</summary>
    public bool Considers(bool highRisk) => highRisk || AllPriorityTrackers;

    /// <summary>Whether a considered tracker with this agreed rating is reproduced in full: red and amber always, others only when all are asked for.</summary>
    public bool InFull(Ratings.Rating rating) => AllTrackersInFull || rating is Ratings.Rating.Red or Ratings.Rating.Amber;
}
