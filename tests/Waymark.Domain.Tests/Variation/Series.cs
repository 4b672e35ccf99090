using Waymark.Periods;
using Waymark.Variation;

using static Waymark.Domain.Tests.Numbers;

namespace Waymark.Domain.Tests.Variation;

/// <summary>Series of quarterly values for XmR tests, written as text.</summary>
internal static class Series
{
    /// <summary>
    /// Twelve points alternating 10.564 and 9.436: mean 10, every moving range 1.128, so sigma is exactly 1, the
    /// two-sigma lines are 8 and 12 and the limits 10 ± 3.00048. It ends below the mean, so a run above starts afresh.
    /// </summary>
    public const string SigmaOne = "10.564;9.436;10.564;9.436;10.564;9.436;10.564;9.436;10.564;9.436;10.564;9.436";

    /// <summary>Limits from the twelve points of <see cref="SigmaOne"/>, which later points are judged against.</summary>
    public static XmrSettings SigmaOneSettings { get; } = new() { MinimumPoints = 12, BaselinePoints = 12 };

    public static ReportingPeriod Quarter(int i) => ReportingPeriod.FinancialQuarter(2010 + (i / 4), (i % 4) + 1);

    public static List<XmrValue> Of(string values) =>
        [.. values.Split(';', StringSplitOptions.RemoveEmptyEntries).Select((v, i) => new XmrValue(Quarter(i), Dec(v)))];

    public static List<XmrValue> Repeat(string value, int count) => Of(string.Join(';', Enumerable.Repeat(value, count)));

    /// <summary>The positions, after the baseline of twelve, of the points the rule flagged, as "0;1;2".</summary>
    public static string Flagged(XmrChart chart, SpecialCauseRule rule) =>
        string.Join(';', chart.Points.Select((p, i) => (p, i)).Where(x => x.i >= 12 && x.p.Causes.Any(c => c.Rule == rule)).Select(x => x.i - 12));
}
