using Waymark.Ratings;

namespace Waymark.Domain.Tests.Ratings;

public class RatingCodesTests
{
    [Theory]
    [InlineData(Rating.Green, "green", "Green")]
    [InlineData(Rating.Amber, "amber", "Amber")]
    [InlineData(Rating.Red, "red", "Red")]
    [InlineData(Rating.NotRated, "not_rated", "Unable to traffic light")]
    public void Rating_CodeAndLabel(Rating rating, string code, string label)
    {
        Assert.Equal(code, rating.ToCode());
        Assert.Equal(label, rating.ToLabel());
    }

    [Theory]
    [InlineData(NotRatedReason.NoPolarity, "no_polarity", "data only")]
    [InlineData(NotRatedReason.DataQuality, "data_quality", "withheld for data quality")]
    [InlineData(NotRatedReason.NoResult, "no_result", "no result")]
    [InlineData(NotRatedReason.NoTarget, "no_target", "no target")]
    public void NotRatedReason_CodeAndLabel(NotRatedReason reason, string code, string label)
    {
        Assert.Equal(code, reason.ToCode());
        Assert.Equal(label, reason.ToLabel());
    }

    [Theory]
    [InlineData(DirectionOfTravel.Improving, "improving", "improving", "↑")]
    [InlineData(DirectionOfTravel.Static, "static", "static", "↔")]
    [InlineData(DirectionOfTravel.Deteriorating, "deteriorating", "deteriorating", "↓")]
    [InlineData(DirectionOfTravel.Increased, "increased", "increased", "↑")]
    [InlineData(DirectionOfTravel.Decreased, "decreased", "decreased", "↓")]
    [InlineData(DirectionOfTravel.NotComparable, "not_comparable", "not comparable", "")]
    public void Direction_CodeLabelAndArrow(DirectionOfTravel direction, string code, string label, string arrow)
    {
        Assert.Equal(code, direction.ToCode());
        Assert.Equal(label, direction.ToLabel());
        Assert.Equal(arrow, direction.ToArrow());
    }
}
