using Waymark.Indicators;
using Waymark.Periods;
using Waymark.Results;
using Waymark.Variation;

namespace Waymark.Domain.Tests.Variation;

public class XmrSeriesTests
{
    [Theory]
    [InlineData(Frequency.Monthly, PeriodKind.Month)]
    [InlineData(Frequency.Quarterly, PeriodKind.FinancialQuarter)]
    [InlineData(Frequency.Annual, PeriodKind.FinancialYear)]
    public void PointKind_FollowsTheFrequency(Frequency frequency, PeriodKind kind)
    {
        Assert.Equal(kind, XmrSeries.PointKind(new IndicatorDefinition("NI 66", "Reviews", Unit.Percent, Polarity.Higher, frequency)));
    }

    [Fact]
    public void ValuesOf_LeavesOutWithheldResultsResultsWithoutAValueAndOtherPeriods()
    {
        var indicator = new IndicatorDefinition("NI 66", "Reviews", Unit.Percent, Polarity.Higher);
        (ReportingPeriod, IndicatorResult)[] results =
        [
            (ReportingPeriod.FinancialQuarter(2010, 3), new IndicatorResult(81m)),
            (ReportingPeriod.FinancialQuarter(2010, 1), new IndicatorResult(80m)),
            (ReportingPeriod.FinancialQuarter(2010, 2), new IndicatorResult(99m, DataQuality: DataQuality.Withheld)),
            (ReportingPeriod.FinancialQuarter(2010, 4), new IndicatorResult(null)),
            (ReportingPeriod.FinancialYear(2010), new IndicatorResult(82m)),
        ];

        IReadOnlyList<XmrValue> values = XmrSeries.ValuesOf(indicator, results);

        Assert.Equal([new XmrValue(ReportingPeriod.FinancialQuarter(2010, 1), 80m), new XmrValue(ReportingPeriod.FinancialQuarter(2010, 3), 81m)], values);
    }
}
