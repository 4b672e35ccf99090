using Waymark.Cycle;
using Waymark.Periods;

namespace Waymark.Reporting.Building;

/// <summary>A board's report for a period; <paramref name="Contents"/> overrides what the reporting cycle gives the period.</summary>
public sealed record ReportRequest(string Board, ReportingPeriod Period, ReportContents? Contents = null, bool AllTrackers = false)
{
    public ReportContents EffectiveContents =>
        (Contents ?? ReportContents.ForPeriod(Period)) with { AllTrackersInFull = AllTrackers || (Contents?.AllTrackersInFull ?? false) };
}
