using Waymark.Indicators;
using Waymark.Periods;

namespace Waymark.Domain.Tests.Indicators;

public class IndicatorCodesTests
{
    [Theory]
    [InlineData("percent", Unit.Percent)]
    [InlineData("number", Unit.Number)]
    [InlineData("rate_per_1000", Unit.RatePer1000)]
    [InlineData("rate_per_10000", Unit.RatePer10000)]
    [InlineData("rate_per_100000", Unit.RatePer100000)]
    [InlineData("days", Unit.Days)]
    [InlineData("currency", Unit.Currency)]
    [InlineData("score", Unit.Score)]
    [InlineData("PERCENT", Unit.Percent)]
    [InlineData(" Rate_Per_10000 ", Unit.RatePer10000)]
    public void TryParseUnit_Word_IgnoringCaseAndSpaces(string text, Unit unit)
    {
        Assert.True(IndicatorCodes.TryParseUnit(text, out Unit parsed));
        Assert.Equal(unit, parsed);
        Assert.Equal(text.Trim().ToLowerInvariant(), parsed.ToCode());
    }

    [Theory]
    [InlineData("higher", Polarity.Higher)]
    [InlineData("lower", Polarity.Lower)]
    [InlineData("none", Polarity.None)]
    [InlineData("Higher", Polarity.Higher)]
    [InlineData(" LOWER ", Polarity.Lower)]
    public void TryParsePolarity_Word_IgnoringCaseAndSpaces(string text, Polarity polarity)
    {
        Assert.True(IndicatorCodes.TryParsePolarity(text, out Polarity parsed));
        Assert.Equal(polarity, parsed);
        Assert.Equal(text.Trim().ToLowerInvariant(), parsed.ToCode());
    }

    [Theory]
    [InlineData("monthly", Frequency.Monthly)]
    [InlineData("quarterly", Frequency.Quarterly)]
    [InlineData("annual", Frequency.Annual)]
    [InlineData("Quarterly", Frequency.Quarterly)]
    public void TryParseFrequency_Word_IgnoringCase(string text, Frequency frequency)
    {
        Assert.True(IndicatorCodes.TryParseFrequency(text, out Frequency parsed));
        Assert.Equal(frequency, parsed);
        Assert.Equal(text.ToLowerInvariant(), parsed.ToCode());
    }

    [Theory]
    [InlineData("snapshot", Aggregation.Snapshot)]
    [InlineData("cumulative", Aggregation.Cumulative)]
    [InlineData("ratio", Aggregation.Ratio)]
    [InlineData("CUMULATIVE", Aggregation.Cumulative)]
    public void TryParseAggregation_Word_IgnoringCase(string text, Aggregation aggregation)
    {
        Assert.True(IndicatorCodes.TryParseAggregation(text, out Aggregation parsed));
        Assert.Equal(aggregation, parsed);
        Assert.Equal(text.ToLowerInvariant(), parsed.ToCode());
    }

    [Theory]
    [InlineData("financial", YearType.Financial)]
    [InlineData("academic", YearType.Academic)]
    [InlineData("calendar", YearType.Calendar)]
    [InlineData("Academic", YearType.Academic)]
    public void TryParseYearType_Word_IgnoringCase(string text, YearType yearType)
    {
        Assert.True(IndicatorCodes.TryParseYearType(text, out YearType parsed));
        Assert.Equal(yearType, parsed);
        Assert.Equal(text.ToLowerInvariant(), parsed.ToCode());
    }

    [Fact]
    public void ToCode_EveryValue_ParsesBackToItself()
    {
        foreach (Unit unit in Enum.GetValues<Unit>())
        {
            Assert.True(IndicatorCodes.TryParseUnit(unit.ToCode(), out Unit parsed));
            Assert.Equal(unit, parsed);
        }

        foreach (Polarity polarity in Enum.GetValues<Polarity>())
        {
            Assert.True(IndicatorCodes.TryParsePolarity(polarity.ToCode(), out Polarity parsed));
            Assert.Equal(polarity, parsed);
        }

        foreach (Frequency frequency in Enum.GetValues<Frequency>())
        {
            Assert.True(IndicatorCodes.TryParseFrequency(frequency.ToCode(), out Frequency parsed));
            Assert.Equal(frequency, parsed);
        }

        foreach (Aggregation aggregation in Enum.GetValues<Aggregation>())
        {
            Assert.True(IndicatorCodes.TryParseAggregation(aggregation.ToCode(), out Aggregation parsed));
            Assert.Equal(aggregation, parsed);
        }

        foreach (YearType yearType in Enum.GetValues<YearType>())
        {
            Assert.True(IndicatorCodes.TryParseYearType(yearType.ToCode(), out YearType parsed));
            Assert.Equal(yearType, parsed);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("percentage")]
    [InlineData("rate per 10000")]
    [InlineData("rate_per_100")]
    [InlineData("%")]
    public void TryParseUnit_UnknownWord_Fails(string text)
    {
        Assert.False(IndicatorCodes.TryParseUnit(text, out _));
    }

    [Theory]
    [InlineData("")]
    [InlineData("up")]
    [InlineData("high")]
    [InlineData("higher is better")]
    public void TryParsePolarity_UnknownWord_Fails(string text)
    {
        Assert.False(IndicatorCodes.TryParsePolarity(text, out _));
    }

    [Theory]
    [InlineData("weekly")]
    [InlineData("yearly")]
    public void TryParseFrequency_UnknownWord_Fails(string text)
    {
        Assert.False(IndicatorCodes.TryParseFrequency(text, out _));
    }

    [Theory]
    [InlineData("sum")]
    [InlineData("mean")]
    public void TryParseAggregation_UnknownWord_Fails(string text)
    {
        Assert.False(IndicatorCodes.TryParseAggregation(text, out _));
    }

    [Theory]
    [InlineData("fiscal")]
    [InlineData("school")]
    public void TryParseYearType_UnknownWord_Fails(string text)
    {
        Assert.False(IndicatorCodes.TryParseYearType(text, out _));
    }

    [Fact]
    public void Choices_ListTheAcceptedWordsInOrder()
    {
        Assert.Equal("percent|number|rate_per_1000|rate_per_10000|rate_per_100000|days|currency|score", IndicatorCodes.UnitChoices);
        Assert.Equal("higher|lower|none", IndicatorCodes.PolarityChoices);
        Assert.Equal("monthly|quarterly|annual", IndicatorCodes.FrequencyChoices);
        Assert.Equal("snapshot|cumulative|ratio", IndicatorCodes.AggregationChoices);
        Assert.Equal("financial|academic|calendar", IndicatorCodes.YearTypeChoices);
    }
}
