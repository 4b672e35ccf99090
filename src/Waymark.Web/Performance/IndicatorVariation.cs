using Waymark.Data.Measures;
using Waymark.Indicators;
using Waymark.Intervals;
using Waymark.Periods;
using Waymark.Reporting.Charts;
using Waymark.Variation;

namespace Waymark.Web.Performance;

/// <summary>
/// An indicator's statistics as its page shows them: its XmR chart and the chart's layout, and the 95% confidence
/// interval of each result that has a numerator and a denominator.
/// </summary>
public sealed record IndicatorVariation(XmrChart Chart, SpcLayout Layout, IReadOnlyDictionary<ReportingPeriod, ConfidenceInterval> Intervals)
{
    /// <summary>The statistics of <paramref name="indicator"/>: the layout of its <paramref name="chart"/> and the intervals of its evaluated <paramref name="history"/>.</summary>
    public static IndicatorVariation Of(Indicator indicator, IReadOnlyList<EvaluatedIndicator> history, XmrChart chart)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(chart);
        SpcLayout layout = SpcChart.Layout(
            indicator.Code,
            indicator.Definition.Title,
            IndicatorCodes.ToCode(indicator.Definition.Unit),
            indicator.Definition.Decimals,
            chart,
            [.. chart.Points.Select(p => p.Period.ToString())]);
        var intervals = new Dictionary<ReportingPeriod, ConfidenceInterval>();
        foreach (EvaluatedIndicator h in history)
        {
            if (h.Stored is { Numerator: { } n, Denominator: { } d } stored
                && IntervalRules.TryCalculate(indicator.Definition.Unit, n, d, ConfidenceLevel.Percent95, out ConfidenceInterval interval, out _))
            {
                intervals[stored.Period] = interval;
            }
        }

        return new IndicatorVariation(chart, layout, intervals);
    }

    /// <summary>The point of the chart for <paramref name="period"/>, or null when the period's result is not on it.</summary>
    public XmrPoint? PointFor(ReportingPeriod period) => Chart.Points.FirstOrDefault(p => p.Period == period);
}
