using Waymark.Indicators;
using Waymark.Results;

using static Waymark.Domain.Tests.Numbers;

namespace Waymark.Domain.Tests.Indicators;

public class ValueRangeTests
{
    [Theory]
    [InlineData(Unit.Percent, "from 0 to 100")]
    [InlineData(Unit.Number, "0 or more")]
    [InlineData(Unit.RatePer1000, "0 or more")]
    [InlineData(Unit.RatePer10000, "0 or more")]
    [InlineData(Unit.RatePer100000, "0 or more")]
    [InlineData(Unit.Days, "0 or more")]
    [InlineData(Unit.Currency, "any number")]
    [InlineData(Unit.Score, "any number")]
    public void For_EachUnit_IsItsDefaultRange(Unit unit, string words)
    {
        Assert.Equal(words, ValueRange.For(unit).ToString());
    }

    [Theory]
    [InlineData("0", true)]
    [InlineData("100", true)]
    [InlineData("50.5", true)]
    [InlineData("-0.1", false)]
    [InlineData("100.1", false)]
    [InlineData("-16", false)]
    public void Contains_PercentDefault_IncludesBothEnds(string value, bool contained)
    {
        Assert.Equal(contained, ValueRange.For(Unit.Percent).Contains(Dec(value)));
    }

    [Theory]
    [InlineData("0", true)]
    [InlineData("1000000", true)]
    [InlineData("-0.1", false)]
    public void Contains_CountDefault_IsZeroOrMore(string value, bool contained)
    {
        Assert.Equal(contained, ValueRange.For(Unit.Number).Contains(Dec(value)));
    }

    [Theory]
    [InlineData("-1000000", true)]
    [InlineData("0", true)]
    [InlineData("1000000", true)]
    public void Contains_MoneyAndScore_TakeAnyNumber(string value, bool contained)
    {
        Assert.Equal(contained, ValueRange.For(Unit.Currency).Contains(Dec(value)));
        Assert.Equal(contained, ValueRange.For(Unit.Score).Contains(Dec(value)));
    }

    [Theory]
    [InlineData("-100", true)]
    [InlineData("-16", true)]
    [InlineData("0", true)]
    [InlineData("100", true)]
    [InlineData("-100.1", false)]
    [InlineData("100.1", false)]
    public void TryFor_PercentChangeWithOwnNegativeMinimum_KeepsTheUnitsMaximum(string value, bool contained)
    {
        Assert.True(ValueRange.TryFor(Unit.Percent, -100m, null, out ValueRange range));

        Assert.Equal("from -100 to 100", range.ToString());
        Assert.Equal(contained, range.Contains(Dec(value)));
    }

    [Fact]
    public void TryFor_DaysBehindPlanWithNoMinimum_WordsTheRangeAsOrLess()
    {
        Assert.True(ValueRange.TryFor(Unit.Days, -365m, null, out ValueRange range));
        Assert.True(range.Contains(-28m));
        Assert.Equal("-365 or more", range.ToString());

        Assert.True(ValueRange.TryFor(Unit.Score, null, 10m, out ValueRange capped));
        Assert.Equal("10 or less", capped.ToString());
    }

    [Fact]
    public void TryFor_MinimumAboveTheUnitsMaximum_Fails()
    {
        Assert.False(ValueRange.TryFor(Unit.Percent, 150m, null, out ValueRange range));
        Assert.Equal(ValueRange.For(Unit.Percent), range);
    }

    [Fact]
    public void Constructor_MinimumAboveMaximum_Throws()
    {
        Assert.Throws<ArgumentException>(() => new ValueRange(5m, 4m));
    }

    [Theory]
    [InlineData("-16", null)]
    [InlineData("-100", null)]
    [InlineData("100", null)]
    [InlineData("-100.1", "The value -100.1 is out of range for BV 127, whose values must be from -100 to 100")]
    [InlineData("100.1", "The value 100.1 is out of range for BV 127, whose values must be from -100 to 100")]
    public void TryResolve_PercentageChangeWithOwnMinimum_AcceptsNegativeValuesWithinIt(string value, string? message)
    {
        var indicator = new IndicatorDefinition("BV 127", "% reduction in violence against the person", Unit.Percent, Polarity.Higher, decimals: 1) { Minimum = -100m };

        bool resolved = ResultValues.TryResolve(indicator, Dec(value), null, null, null, DataQuality.Ok, null, out IndicatorResult? result, out string? error, out _);

        Assert.Equal(message, error);
        Assert.Equal(message is null, resolved);
        if (resolved)
        {
            Assert.Equal(Dec(value), result!.Value);
        }
    }

    [Fact]
    public void OutOfRange_UnitsOwnRange_SaysHowToWidenIt()
    {
        var indicator = new IndicatorDefinition("LPI 9", "Days ahead of or behind plan", Unit.Days, Polarity.Higher);

        Assert.Equal(
            "The target -28 is out of range for LPI 9, whose targets must be 0 or more (the default for a days indicator; an indicator can set its own minimum and maximum)",
            indicator.OutOfRange("target", "-28", "targets"));
    }
}
