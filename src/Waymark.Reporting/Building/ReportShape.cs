using Waymark.Periods;

namespace Waymark.Reporting.Building;

/// <summary>The periods the report's tables span.</summary>
internal static class ReportShape
{
    public const int ProgressQuarters = 5;

    public const int TrendPeriods = 8;

    /// <summary>The five quarters ending with <paramref name="period"/> (for a year, the five years), oldest first.</summary>
    public static IReadOnlyList<ReportingPeriod> ProgressPeriods(ReportingPeriod period) => Back(period, ProgressQuarters);

    /// <summary>The periods of a highlighted indicator's trend, oldest first.</summary>
    public static IReadOnlyList<ReportingPeriod> TrendPeriodsEnding(ReportingPeriod period) => Back(period, TrendPeriods);

    private static List<ReportingPeriod> Back(ReportingPeriod period, int count)
    {
        var periods = new List<ReportingPeriod> { period };
        while (periods.Count < count && periods[0].Year > ReportingPeriod.MinYear + 1)
        {
            periods.Insert(0, periods[0].Previous());
        }

        return periods;
    }
}
