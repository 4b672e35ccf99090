using Waymark.Ratings;
using Waymark.Results;

namespace Waymark.Domain.Tests.Ratings;

public sealed class RatingCodeParsingTests
{
    [Theory]
    [InlineData("green", Rating.Green)]
    [InlineData(" Amber ", Rating.Amber)]
    [InlineData("RED", Rating.Red)]
    [InlineData("not_rated", Rating.NotRated)]
    public void TryParseRating_EachCode_RoundTrips(string text, Rating expected)
    {
        Assert.True(RatingCodes.TryParseRating(text, out Rating rating));
        Assert.Equal(expected, rating);
        Assert.True(RatingCodes.TryParseRating(rating.ToCode(), out Rating again));
        Assert.Equal(rating, again);
    }

    [Theory]
    [InlineData("")]
    [InlineData("blue")]
    [InlineData("Unable to traffic light")]
    public void TryParseRating_OtherWords_AreRefused(string text)
    {
        Assert.False(RatingCodes.TryParseRating(text, out _));
    }

    [Fact]
    public void TryParseReason_EveryReason_RoundTrips()
    {
        foreach (NotRatedReason reason in Enum.GetValues<NotRatedReason>())
        {
            Assert.True(RatingCodes.TryParseReason(reason.ToCode().ToUpperInvariant(), out NotRatedReason read));
            Assert.Equal(reason, read);
        }

        Assert.False(RatingCodes.TryParseReason("withheld", out _));
    }

    [Fact]
    public void TryParseDirection_EveryDirection_RoundTrips()
    {
        foreach (DirectionOfTravel direction in Enum.GetValues<DirectionOfTravel>())
        {
            Assert.True(RatingCodes.TryParseDirection($" {direction.ToCode()} ", out DirectionOfTravel read));
            Assert.Equal(direction, read);
        }

        Assert.False(RatingCodes.TryParseDirection("up", out _));
    }

    [Theory]
    [InlineData("", DataQuality.Ok)]
    [InlineData("ok", DataQuality.Ok)]
    [InlineData(" OK ", DataQuality.Ok)]
    [InlineData("withheld", DataQuality.Withheld)]
    [InlineData("Withheld", DataQuality.Withheld)]
    public void DataQuality_AcceptedWords_AreRead(string text, DataQuality expected)
    {
        Assert.True(DataQualityCodes.TryParse(text, out DataQuality quality));
        Assert.Equal(expected, quality);
        Assert.True(DataQualityCodes.TryParse(quality.ToCode(), out DataQuality again));
        Assert.Equal(quality, again);
    }

    [Fact]
    public void DataQuality_OtherWords_AreRefused()
    {
        Assert.False(DataQualityCodes.TryParse("poor", out _));
    }

    [Theory]
    [InlineData("ok", DataQuality.Ok)]
    [InlineData("withheld", DataQuality.Withheld)]
    public void DataQualityParse_StoredCode_IsRead(string code, DataQuality expected)
    {
        Assert.Equal(expected, DataQualityCodes.Parse(code));
    }

    [Fact]
    public void DataQualityParse_UnknownCode_IsACallersBug()
    {
        FormatException e = Assert.Throws<FormatException>(() => DataQualityCodes.Parse("poor"));
        Assert.Equal("'poor' is not a data quality code: ok|withheld", e.Message);
    }
}
