using Waymark.Benchmarking;
using Waymark.Indicators;

using static Waymark.Domain.Tests.Numbers;

namespace Waymark.Domain.Tests.Benchmarking;

public class BenchmarkDistributionTests
{
    private static readonly decimal[] Tied = [20m, 30m, 10m, 20m];

    [Theory]
    [InlineData(Polarity.Lower, "10", 1)]
    [InlineData(Polarity.Lower, "20", 2)]
    [InlineData(Polarity.Lower, "30", 4)]
    [InlineData(Polarity.Higher, "10", 4)]
    [InlineData(Polarity.Higher, "20", 2)]
    [InlineData(Polarity.Higher, "30", 1)]
    public void Rank_TiedValues_ShareTheBetterRank(Polarity polarity, string value, int rank)
    {
        BenchmarkDistribution distribution = new(Tied, polarity);

        Assert.Equal(rank, distribution.Rank(Dec(value)));
        Assert.Equal(4, distribution.Count);
    }

    [Theory]
    [InlineData(Polarity.Lower, "5", 1)]
    [InlineData(Polarity.Lower, "15", 2)]
    [InlineData(Polarity.Lower, "25", 4)]
    [InlineData(Polarity.Lower, "35", 5)]
    [InlineData(Polarity.Higher, "5", 5)]
    [InlineData(Polarity.Higher, "15", 4)]
    [InlineData(Polarity.Higher, "25", 2)]
    [InlineData(Polarity.Higher, "35", 1)]
    public void Rank_ValueNotInTheSet_IsOnePlusTheNumberStrictlyBetter(Polarity polarity, string value, int rank)
    {
        Assert.Equal(rank, new BenchmarkDistribution(Tied, polarity).Rank(Dec(value)));
    }

    // [1, 2, 3, 4] has Q1 1.75, Q2 2.5, Q3 3.25; the intervals are [min, Q1], (Q1, Q2], (Q2, Q3], (Q3, max].
    [Theory]
    [InlineData("0", QuartileBand.A, QuartileBand.D)]
    [InlineData("1", QuartileBand.A, QuartileBand.D)]
    [InlineData("1.75", QuartileBand.A, QuartileBand.D)]
    [InlineData("1.76", QuartileBand.B, QuartileBand.C)]
    [InlineData("2.5", QuartileBand.B, QuartileBand.C)]
    [InlineData("2.51", QuartileBand.C, QuartileBand.B)]
    [InlineData("3.25", QuartileBand.C, QuartileBand.B)]
    [InlineData("3.26", QuartileBand.D, QuartileBand.A)]
    [InlineData("4", QuartileBand.D, QuartileBand.A)]
    [InlineData("5", QuartileBand.D, QuartileBand.A)]
    public void Band_AtAndJustAboveEachQuartilePoint_LetteredFromTheBest(string value, QuartileBand lowerIsBetter, QuartileBand higherIsBetter)
    {
        decimal[] values = [4m, 2m, 3m, 1m];

        Assert.Equal(lowerIsBetter, new BenchmarkDistribution(values, Polarity.Lower).Band(Dec(value)));
        Assert.Equal(higherIsBetter, new BenchmarkDistribution(values, Polarity.Higher).Band(Dec(value)));
    }

    [Fact]
    public void Band_TiedValuesOnTheMedian_AreInTheSecondInterval()
    {
        BenchmarkDistribution lower = new(Tied, Polarity.Lower);
        BenchmarkDistribution higher = new(Tied, Polarity.Higher);

        Assert.Equal(new Quartiles(17.5m, 20m, 22.5m), lower.Quartiles);
        Assert.Equal("A B B D", string.Join(' ', new[] { 10m, 20m, 20m, 30m }.Select(v => lower.Band(v))));
        Assert.Equal("D C C A", string.Join(' ', new[] { 10m, 20m, 20m, 30m }.Select(v => higher.Band(v))));
    }

    [Fact]
    public void RankAndBand_NoPolarity_AreNull()
    {
        BenchmarkDistribution distribution = new(Tied, Polarity.None);

        Assert.Null(distribution.Rank(10m));
        Assert.Null(distribution.Band(10m));
        Assert.Equal(new Quartiles(17.5m, 20m, 22.5m), distribution.Quartiles);
    }

    [Fact]
    public void Band_NoLAHasAValue_IsNull()
    {
        BenchmarkDistribution distribution = new([], Polarity.Lower);

        Assert.Equal(0, distribution.Count);
        Assert.Null(distribution.Quartiles);
        Assert.Null(distribution.Band(10m));
    }

    [Fact]
    public void RankAndBand_LeedsAmongTenLAs_AsLAITShowsThem()
    {
        // Looked after children per 10,000, lower is better: Leeds (81.6) is 9th of 10 and in the worst quarter.
        decimal[] values = [54.3m, 59.5m, 81.6m, 45.0m, 62.1m, 70.2m, 38.4m, 90.0m, 66.6m, 51.7m];
        BenchmarkDistribution distribution = new(values, Polarity.Lower);

        Assert.Equal(new Quartiles(52.35m, 60.8m, 69.3m), distribution.Quartiles);
        Assert.Equal(9, distribution.Rank(81.6m));
        Assert.Equal(QuartileBand.D, distribution.Band(81.6m));
        Assert.Equal(1, distribution.Rank(38.4m));
        Assert.Equal(QuartileBand.A, distribution.Band(38.4m));
    }
}
