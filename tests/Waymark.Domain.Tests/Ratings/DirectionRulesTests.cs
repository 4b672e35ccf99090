using Waymark.Indicators;
using Waymark.Ratings;
using Waymark.Results;

using static Waymark.Domain.Tests.Numbers;

namespace Waymark.Domain.Tests.Ratings;

public class DirectionRulesTests
{
    [Theory]
    [InlineData(Polarity.Higher, 1, "12", "10", DirectionOfTravel.Improving)]
    [InlineData(Polarity.Higher, 1, "8", "10", DirectionOfTravel.Deteriorating)]
    [InlineData(Polarity.Lower, 1, "8", "10", DirectionOfTravel.Improving)]
    [InlineData(Polarity.Lower, 1, "12", "10", DirectionOfTravel.Deteriorating)]
    [InlineData(Polarity.Higher, 1, "10", "10", DirectionOfTravel.Static)]
    [InlineData(Polarity.Lower, 1, "10.0", "10", DirectionOfTravel.Static)]
    [InlineData(Polarity.Higher, 1, "10.04", "10.01", DirectionOfTravel.Static)]
    [InlineData(Polarity.Lower, 1, "10.01", "10.04", DirectionOfTravel.Static)]
    [InlineData(Polarity.Higher, 1, "10.05", "10.01", DirectionOfTravel.Improving)]
    [InlineData(Polarity.Lower, 1, "10.05", "10.01", DirectionOfTravel.Deteriorating)]
    [InlineData(Polarity.Higher, 0, "10.4", "9.6", DirectionOfTravel.Static)]
    [InlineData(Polarity.Higher, 2, "10.04", "10.01", DirectionOfTravel.Improving)]
    [InlineData(Polarity.Higher, 1, "77.4", "75.0", DirectionOfTravel.Improving)]
    [InlineData(Polarity.None, 1, "12", "10", DirectionOfTravel.Increased)]
    [InlineData(Polarity.None, 1, "8", "10", DirectionOfTravel.Decreased)]
    [InlineData(Polarity.None, 1, "10.04", "10.01", DirectionOfTravel.Static)]
    [InlineData(Polarity.Higher, 1, null, "10", DirectionOfTravel.NotComparable)]
    [InlineData(Polarity.Lower, 1, "10", null, DirectionOfTravel.NotComparable)]
    [InlineData(Polarity.None, 1, null, null, DirectionOfTravel.NotComparable)]
    public void Compare_ValueWithYearEarlier_ByPolarityAtTheIndicatorsDecimals(
        Polarity polarity, int decimals, string? current, string? yearEarlier, DirectionOfTravel direction)
    {
        IndicatorDefinition indicator = Indicator(polarity, decimals);

        Assert.Equal(direction, DirectionRules.Compare(indicator, DecOrNull(current), DecOrNull(yearEarlier)));
    }

    [Theory]
    [InlineData(DataQuality.Ok, DataQuality.Ok, DirectionOfTravel.Improving)]
    [InlineData(DataQuality.Withheld, DataQuality.Ok, DirectionOfTravel.NotComparable)]
    [InlineData(DataQuality.Ok, DataQuality.Withheld, DirectionOfTravel.NotComparable)]
    [InlineData(DataQuality.Withheld, DataQuality.Withheld, DirectionOfTravel.NotComparable)]
    public void Compare_Results_WithheldOnEitherSideIsNotComparable(DataQuality current, DataQuality yearEarlier, DirectionOfTravel direction)
    {
        IndicatorDefinition indicator = Indicator(Polarity.Higher, 1);

        Assert.Equal(direction, DirectionRules.Compare(indicator, new IndicatorResult(12m, DataQuality: current), new IndicatorResult(10m, DataQuality: yearEarlier)));
    }

    [Fact]
    public void Compare_Results_MissingResultOrValueIsNotComparable()
    {
        IndicatorDefinition indicator = Indicator(Polarity.Higher, 1);
        IndicatorResult result = new(12m);

        Assert.Equal(DirectionOfTravel.NotComparable, DirectionRules.Compare(indicator, result, null));
        Assert.Equal(DirectionOfTravel.NotComparable, DirectionRules.Compare(indicator, null, result));
        Assert.Equal(DirectionOfTravel.NotComparable, DirectionRules.Compare(indicator, result, new IndicatorResult(null)));
    }

    private static IndicatorDefinition Indicator(Polarity polarity, int decimals) =>
        new("TEST 1", "Test indicator", Unit.Percent, polarity, decimals: decimals);
}
