using Waymark.Indicators;
using Waymark.Ratings;
using Waymark.Results;

using static Waymark.Domain.Tests.Numbers;

namespace Waymark.Domain.Tests.Ratings;

public class RatingRulesTests
{
    [Theory]
    // Higher is better, 5% of 80 = 4.
    [InlineData(Polarity.Higher, "5%", "85", "80", Rating.Green)]
    [InlineData(Polarity.Higher, "5%", "80.1", "80", Rating.Green)]
    [InlineData(Polarity.Higher, "5%", "80", "80", Rating.Green)]
    [InlineData(Polarity.Higher, "5%", "79.9", "80", Rating.Amber)]
    [InlineData(Polarity.Higher, "5%", "76", "80", Rating.Amber)]
    [InlineData(Polarity.Higher, "5%", "75.9", "80", Rating.Red)]
    [InlineData(Polarity.Higher, "5%", "75.99", "80", Rating.Red)]
    // Lower is better, 5% of 80 = 4.
    [InlineData(Polarity.Lower, "5%", "75", "80", Rating.Green)]
    [InlineData(Polarity.Lower, "5%", "79.9", "80", Rating.Green)]
    [InlineData(Polarity.Lower, "5%", "80", "80", Rating.Green)]
    [InlineData(Polarity.Lower, "5%", "80.1", "80", Rating.Amber)]
    [InlineData(Polarity.Lower, "5%", "84", "80", Rating.Amber)]
    [InlineData(Polarity.Lower, "5%", "84.1", "80", Rating.Red)]
    [InlineData(Polarity.Lower, "5%", "84.01", "80", Rating.Red)]
    // Lower is better, 5% of 6.8 = 0.34.
    [InlineData(Polarity.Lower, "5%", "7.14", "6.8", Rating.Amber)]
    [InlineData(Polarity.Lower, "5%", "7.15", "6.8", Rating.Red)]
    // Higher is better, two units.
    [InlineData(Polarity.Higher, "2", "81", "80", Rating.Green)]
    [InlineData(Polarity.Higher, "2", "80", "80", Rating.Green)]
    [InlineData(Polarity.Higher, "2", "78", "80", Rating.Amber)]
    [InlineData(Polarity.Higher, "2", "77.9", "80", Rating.Red)]
    [InlineData(Polarity.Higher, "2", "77.99", "80", Rating.Red)]
    // Lower is better, two units.
    [InlineData(Polarity.Lower, "2", "79", "80", Rating.Green)]
    [InlineData(Polarity.Lower, "2", "80", "80", Rating.Green)]
    [InlineData(Polarity.Lower, "2", "82", "80", Rating.Amber)]
    [InlineData(Polarity.Lower, "2", "82.1", "80", Rating.Red)]
    [InlineData(Polarity.Lower, "2", "82.01", "80", Rating.Red)]
    // No tolerance: any miss is red.
    [InlineData(Polarity.Higher, "0", "79.9", "80", Rating.Red)]
    [InlineData(Polarity.Lower, "0%", "80.1", "80", Rating.Red)]
    [InlineData(Polarity.Higher, "0", "80", "80", Rating.Green)]
    public void Compare_ValueAgainstTarget_ByPolarityAndTolerance(Polarity polarity, string tolerance, string value, string target, Rating rating)
    {
        Assert.Equal(rating, RatingRules.Compare(Dec(value), Dec(target), polarity, Tolerance.Parse(tolerance)));
    }

    [Fact]
    public void Compare_NoPolarity_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RatingRules.Compare(10m, 10m, Polarity.None, Tolerance.Default));
    }

    [Theory]
    [InlineData(Polarity.None, DataQuality.Withheld, null, null, "not_rated (no_polarity)")]
    [InlineData(Polarity.None, DataQuality.Ok, "81.6", "80", "not_rated (no_polarity)")]
    [InlineData(Polarity.None, DataQuality.Ok, null, null, "not_rated (no_polarity)")]
    [InlineData(Polarity.Higher, DataQuality.Withheld, null, null, "not_rated (data_quality)")]
    [InlineData(Polarity.Higher, DataQuality.Withheld, "80", "80", "not_rated (data_quality)")]
    [InlineData(Polarity.Lower, DataQuality.Withheld, "80", null, "not_rated (data_quality)")]
    [InlineData(Polarity.Higher, DataQuality.Ok, null, null, "not_rated (no_result)")]
    [InlineData(Polarity.Higher, DataQuality.Ok, null, "80", "not_rated (no_result)")]
    [InlineData(Polarity.Higher, DataQuality.Ok, "80", null, "not_rated (no_target)")]
    [InlineData(Polarity.Higher, DataQuality.Ok, "80", "80", "green")]
    [InlineData(Polarity.Higher, DataQuality.Ok, "77.4", "80", "amber")]
    [InlineData(Polarity.Lower, DataQuality.Ok, "11.3", "6.8", "red")]
    public void Rate_ReasonsInOrder_NoPolarityThenDataQualityThenNoResultThenNoTarget(
        Polarity polarity, DataQuality dataQuality, string? value, string? target, string outcome)
    {
        IndicatorDefinition indicator = Indicator(polarity);

        Assert.Equal(outcome, RatingRules.Rate(indicator, DecOrNull(value), dataQuality, DecOrNull(target)).ToString());

        IndicatorResult result = new(DecOrNull(value), DataQuality: dataQuality);
        Assert.Equal(outcome, RatingRules.Rate(indicator, result, DecOrNull(target)).ToString());
    }

    [Fact]
    public void Rate_NoResultAtAll_IsNotRatedNoResult()
    {
        RatingOutcome outcome = RatingRules.Rate(Indicator(Polarity.Higher), (IndicatorResult?)null, 80m);

        Assert.Equal(Rating.NotRated, outcome.Rating);
        Assert.Equal(NotRatedReason.NoResult, outcome.Reason);
    }

    [Fact]
    public void Rate_Rated_HasNoReason()
    {
        RatingOutcome outcome = RatingRules.Rate(Indicator(Polarity.Higher), 77.4m, DataQuality.Ok, 80m);

        Assert.Equal(Rating.Amber, outcome.Rating);
        Assert.Null(outcome.Reason);
    }

    [Fact]
    public void Rate_UsesTheIndicatorsTolerance()
    {
        IndicatorDefinition twoUnits = new("NI 66", "Reviews in time", Unit.Percent, Polarity.Higher, tolerance: Tolerance.Absolute(2m));

        Assert.Equal("amber", RatingRules.Rate(twoUnits, 78m, DataQuality.Ok, 80m).ToString());
        Assert.Equal("red", RatingRules.Rate(twoUnits, 77.9m, DataQuality.Ok, 80m).ToString());
    }

    [Fact]
    public void Rated_NotRated_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RatingOutcome.Rated(Rating.NotRated));
    }

    private static IndicatorDefinition Indicator(Polarity polarity) => new("TEST 1", "Test indicator", Unit.Percent, polarity);
}
