using Waymark.Ratings;
using Waymark.Trackers;

namespace Waymark.Domain.Tests.Trackers;

public sealed class TrackerCodesTests
{
    [Theory]
    [InlineData(TrackerState.Draft, "draft", "Draft")]
    [InlineData(TrackerState.Submitted, "submitted", "Submitted for agreement")]
    [InlineData(TrackerState.Agreed, "agreed", "Agreed")]
    [InlineData(TrackerState.Returned, "returned", "Returned to the officer")]
    public void State_EachState_HasItsCodeAndLabelAndRoundTrips(TrackerState state, string code, string label)
    {
        Assert.Equal((code, label), (state.ToCode(), state.ToLabel()));
        Assert.True(TrackerCodes.TryParseState($" {code.ToUpperInvariant()} ", out TrackerState read));
        Assert.Equal(state, read);
    }

    [Fact]
    public void States_AreEveryStateOnce()
    {
        Assert.Equal(Enum.GetValues<TrackerState>().Order(), TrackerCodes.States.Order());
    }

    [Theory]
    [InlineData("")]
    [InlineData("approved")]
    [InlineData("Submitted for agreement")]
    public void TryParseState_OtherWords_AreRefused(string text)
    {
        Assert.False(TrackerCodes.TryParseState(text, out _));
    }

    [Theory]
    [InlineData("red", true, Rating.Red)]
    [InlineData(" Amber", true, Rating.Amber)]
    [InlineData("GREEN", true, Rating.Green)]
    [InlineData("not_rated", false, Rating.NotRated)]
    [InlineData("yellow", false, Rating.NotRated)]
    public void TryParseRating_OnlyRedAmberOrGreen(string text, bool read, Rating expected)
    {
        Assert.Equal(read, TrackerCodes.TryParseRating(text, out Rating rating));
        if (read)
        {
            Assert.Equal(expected, rating);
        }
    }

    [Theory]
    [InlineData("improving", true, DirectionOfTravel.Improving)]
    [InlineData("Static", true, DirectionOfTravel.Static)]
    [InlineData("deteriorating", true, DirectionOfTravel.Deteriorating)]
    [InlineData("increased", false, DirectionOfTravel.NotComparable)]
    [InlineData("decreased", false, DirectionOfTravel.NotComparable)]
    [InlineData("not_comparable", false, DirectionOfTravel.NotComparable)]
    [InlineData("better", false, DirectionOfTravel.NotComparable)]
    public void TryParseDirection_OnlyImprovingStaticOrDeteriorating(string text, bool read, DirectionOfTravel expected)
    {
        Assert.Equal(read, TrackerCodes.TryParseDirection(text, out DirectionOfTravel direction));
        if (read)
        {
            Assert.Equal(expected, direction);
        }
    }

    [Fact]
    public void RatingsAndDirections_ReadTheirOwnCodes()
    {
        Assert.Equal(["green", "amber", "red"], TrackerCodes.Ratings.Select(r => r.ToCode()));
        Assert.Equal(["improving", "static", "deteriorating"], TrackerCodes.Directions.Select(d => d.ToCode()));
        Assert.All(TrackerCodes.Ratings, r => Assert.True(TrackerCodes.TryParseRating(r.ToCode(), out _)));
        Assert.All(TrackerCodes.Directions, d => Assert.True(TrackerCodes.TryParseDirection(d.ToCode(), out _)));
    }
}
