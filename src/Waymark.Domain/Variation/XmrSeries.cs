using Waymark.Indicators;
using Waymark.Periods;
using Waymark.Results;

namespace Waymark.Variation;

/// <summary>Which of an indicator's results its XmR chart is drawn from.</summary>
public static class XmrSeries
{
    /// <summary>
    /// The kind of period an indicator's chart has points for: months for a monthly indicator, financial quarters
    /// for a quarterly one, years of its year type for an annual one.
    /// </summary>
    public static PeriodKind PointKind(IndicatorDefinition indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return indicator.Frequency switch
        {
            Frequency.Monthly => PeriodKind.Month,
            Frequency.Quarterly => PeriodKind.FinancialQuarter,
            _ => indicator.YearType.AnnualKind(),
        };
    }

    /// <summary>
    /// The values of <paramref name="results"/> that the chart of <paramref name="indicator"/> is drawn from, in
    /// period order: those of its <see cref="PointKind"/> that can be judged. A withheld result, like one without a
    /// value, takes part in no judgement and is left out; so is a result for another kind of period (a year's figure
    /// of a quarterly indicator).
    /// </summary>
    /// <exception cref="ArgumentException">Two results are for the same period.</exception>
    public static IReadOnlyList<XmrValue> ValuesOf(IndicatorDefinition indicator, IEnumerable<(ReportingPeriod Period, IndicatorResult Result)> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        PeriodKind kind = PointKind(indicator);
        return
        [
            .. results
                .Where(r => r.Period.Kind == kind && r.Result.IsJudgeable)
                .Select(r => new XmrValue(r.Period, r.Result.Value!.Value))
                .OrderBy(v => v.Period),
        ];
    }
}
