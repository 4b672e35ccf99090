using Waymark.Indicators;
using Waymark.Periods;

namespace Waymark.Domain.Tests.Indicators;

public class IndicatorDefinitionTests
{
    [Fact]
    public void New_OnlyRequiredParts_TakesTheDefaults()
    {
        IndicatorDefinition indicator = new("  NI 66 ", "Reviews in time", Unit.Percent, Polarity.Higher);

        Assert.Equal("NI 66", indicator.Code);
        Assert.Equal(Frequency.Quarterly, indicator.Frequency);
        Assert.Equal(Aggregation.Snapshot, indicator.Aggregation);
        Assert.Equal("5%", indicator.Tolerance.ToString());
        Assert.Equal(1, indicator.Decimals);
        Assert.Equal(YearType.Financial, indicator.YearType);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(7)]
    public void New_DecimalsOutsideZeroToSix_Throws(int decimals)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new IndicatorDefinition("NI 66", "Reviews in time", Unit.Percent, Polarity.Higher, decimals: decimals));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void New_BlankCode_Throws(string code)
    {
        Assert.Throws<ArgumentException>(() => new IndicatorDefinition(code, "Reviews in time", Unit.Percent, Polarity.Higher));
    }

    [Fact]
    public void With_OnePartChanged_KeepsEveryOtherPart()
    {
        IndicatorDefinition indicator = new("NI 66", "Reviews in time", Unit.Percent, Polarity.Higher, Frequency.Monthly, Aggregation.Ratio, Tolerance.Absolute(2m), 2, YearType.Academic);

        IndicatorDefinition changed = indicator with { Tolerance = Tolerance.Relative(10m) };

        Assert.Equal(new IndicatorDefinition("NI 66", "Reviews in time", Unit.Percent, Polarity.Higher, Frequency.Monthly, Aggregation.Ratio, Tolerance.Relative(10m), 2, YearType.Academic), changed);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(7)]
    public void With_DecimalsOutsideZeroToSix_Throws(int decimals)
    {
        IndicatorDefinition indicator = new("NI 66", "Reviews in time", Unit.Percent, Polarity.Higher);

        Assert.Throws<ArgumentOutOfRangeException>(() => indicator with { Decimals = decimals });
    }

    [Fact]
    public void With_BlankCode_Throws()
    {
        IndicatorDefinition indicator = new("NI 66", "Reviews in time", Unit.Percent, Polarity.Higher);

        Assert.Throws<ArgumentException>(() => indicator with { Code = " " });
    }

    [Theory]
    [InlineData(null, "Children seen within 10 days", DefinitionChange.SeriesBreak)]
    [InlineData("Children seen within 10 days", "Children seen within 7 days", DefinitionChange.SeriesBreak)]
    [InlineData("Children seen within 10 days", " Children seen within 10 days ", DefinitionChange.None)]
    [InlineData(null, " ", DefinitionChange.None)]
    public void ChangeTo_TextOfTheDefinition_IsASeriesBreakWhenWhatIsCountedChanges(string? before, string? after, DefinitionChange expected)
    {
        IndicatorDefinition indicator = new("NI 66", "Reviews in time", Unit.Percent, Polarity.Higher) { Text = before };

        Assert.Equal(expected, indicator.ChangeTo(indicator with { Text = after }));
    }

    [Theory]
    [InlineData(Unit.Percent, "100")]
    [InlineData(Unit.Number, "1")]
    [InlineData(Unit.RatePer1000, "1000")]
    [InlineData(Unit.RatePer10000, "10000")]
    [InlineData(Unit.RatePer100000, "100000")]
    [InlineData(Unit.Days, "1")]
    [InlineData(Unit.Currency, "1")]
    [InlineData(Unit.Score, "1")]
    public void Multiplier_EachUnit_ScalesNumeratorOverDenominator(Unit unit, string multiplier)
    {
        Assert.Equal(Numbers.Dec(multiplier), unit.Multiplier());
    }
}
