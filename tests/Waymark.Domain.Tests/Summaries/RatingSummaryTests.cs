using Waymark.Ratings;
using Waymark.Summaries;

namespace Waymark.Domain.Tests.Summaries;

public class RatingSummaryTests
{
    [Theory]
    [InlineData(4, 11, 15, 3, 33, 12, 33, 45, 9)]
    [InlineData(0, 0, 0, 0, 0, 0, 0, 0, 0)]
    [InlineData(1, 0, 7, 0, 8, 13, 0, 88, 0)]
    [InlineData(1, 1, 1, 0, 3, 33, 33, 33, 0)]
    [InlineData(0, 2, 1, 0, 3, 0, 67, 33, 0)]
    [InlineData(1, 0, 39, 0, 40, 3, 0, 98, 0)]
    [InlineData(0, 0, 0, 5, 5, 0, 0, 0, 100)]
    [InlineData(3, 3, 0, 2, 8, 38, 38, 0, 25)]
    public void Percent_EachRating_RoundedHalfUpToAWholeNumberOnItsOwn(
        int red, int amber, int green, int notRated, int total, int redPercent, int amberPercent, int greenPercent, int notRatedPercent)
    {
        RatingSummary summary = RatingSummary.FromCounts(red, amber, green, notRated);

        Assert.Equal(total, summary.Total);
        Assert.Equal(redPercent, summary.Percent(Rating.Red));
        Assert.Equal(amberPercent, summary.Percent(Rating.Amber));
        Assert.Equal(greenPercent, summary.Percent(Rating.Green));
        Assert.Equal(notRatedPercent, summary.Percent(Rating.NotRated));
    }

    [Fact]
    public void Of_Ratings_CountsEachAsTheSeedReportDoes()
    {
        List<Rating> ratings = [];
        ratings.AddRange(Enumerable.Repeat(Rating.Red, 4));
        ratings.AddRange(Enumerable.Repeat(Rating.Amber, 11));
        ratings.AddRange(Enumerable.Repeat(Rating.Green, 15));
        ratings.AddRange(Enumerable.Repeat(Rating.NotRated, 3));

        RatingSummary summary = RatingSummary.Of(ratings);

        string table = string.Join(
            "; ",
            RatingSummary.ReportOrder.Select(r => $"{r.ToLabel()} {summary.Count(r)} {summary.Percent(r)}%"));
        Assert.Equal("Red 4 12%; Amber 11 33%; Green 15 45%; Unable to traffic light 3 9%", table);
        Assert.Equal(RatingSummary.FromCounts(4, 11, 15, 3), summary);
    }

    [Fact]
    public void Of_NoRatings_IsZeroOfZeroAtZeroPercent()
    {
        RatingSummary summary = RatingSummary.Of([]);

        Assert.Equal(0, summary.Total);
        Assert.Equal(0, summary.Count(Rating.Green));
        Assert.Equal(0, summary.Percent(Rating.Green));
    }

    [Fact]
    public void FromCounts_NegativeCount_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RatingSummary.FromCounts(-1, 0, 0, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => RatingSummary.FromCounts(0, 0, 0, -1));
    }
}
