using Waymark.Assessments;

namespace Waymark.Domain.Tests.Assessments;

public class ScoreConversionTests
{
    private static readonly ScoreConversion Average = ScoreConversion.Create(
        ScoreBasis.Average, new ScoreStep(0m, 1), new ScoreStep(1.5m, 2), new ScoreStep(2.0m, 3), new ScoreStep(2.5m, 4));

    private static readonly ScoreConversion Total = ScoreConversion.Create(
        ScoreBasis.Total, new ScoreStep(0m, 1), new ScoreStep(6m, 2), new ScoreStep(9m, 3), new ScoreStep(11m, 4));

    [Theory]
    [InlineData(new[] { 1, 1 }, 1)]
    [InlineData(new[] { 1, 2, 1, 1 }, 1)] // 1.25
    [InlineData(new[] { 1, 2 }, 2)] // exactly 1.5
    [InlineData(new[] { 2, 2, 2, 1 }, 2)] // 1.75
    [InlineData(new[] { 2, 2 }, 3)] // exactly 2.0
    [InlineData(new[] { 3, 2, 2, 2 }, 3)] // 2.25
    [InlineData(new[] { 3, 2 }, 4)] // exactly 2.5
    [InlineData(new[] { 3, 3 }, 4)]
    public void Score_Average_StepMinimumIsInclusive(int[] points, int expected) =>
        Assert.Equal(expected, Average.Score(points));

    [Theory]
    [InlineData(new[] { 2, 2, 1 }, 1)] // 5
    [InlineData(new[] { 2, 2, 2 }, 2)] // exactly 6
    [InlineData(new[] { 3, 3, 2 }, 2)] // 8
    [InlineData(new[] { 3, 3, 3 }, 3)] // exactly 9
    [InlineData(new[] { 3, 3, 3, 1 }, 3)] // 10
    [InlineData(new[] { 3, 3, 3, 2 }, 4)] // exactly 11
    public void Score_Total_StepMinimumIsInclusive(int[] points, int expected) =>
        Assert.Equal(expected, Total.Score(points));

    [Fact]
    public void Score_BelowEveryStep_EarnsTheLowestScore()
    {
        ScoreConversion conversion = ScoreConversion.Create(ScoreBasis.Total, new ScoreStep(3m, 1), new ScoreStep(6m, 2));

        Assert.Equal(1, conversion.Score([1]));
    }

    [Fact]
    public void TryCreate_ScoresThatDoNotRise_SaysWhichStep()
    {
        bool created = ScoreConversion.TryCreate(ScoreBasis.Total, [new ScoreStep(0m, 2), new ScoreStep(5m, 2)], out _, out string? problem);

        Assert.False(created);
        Assert.Equal("the step from 5 scores 2, no more than the step from 0", problem);
    }

    [Fact]
    public void TryCreate_NoSteps_IsRefused()
    {
        Assert.False(ScoreConversion.TryCreate(ScoreBasis.Total, [], out _, out string? problem));
        Assert.Equal("a conversion needs at least one step", problem);
    }
}
