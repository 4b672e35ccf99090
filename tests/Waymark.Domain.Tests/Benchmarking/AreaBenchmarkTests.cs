using Waymark.Benchmarking;
using Waymark.Indicators;
using Waymark.Periods;

namespace Waymark.Domain.Tests.Benchmarking;

public class AreaBenchmarkTests
{
    private static readonly ReportingPeriod Year = ReportingPeriod.FinancialYear(2023);

    // Eight LAs; 105 has no value. Sorted: 10, 12.5, 20, 20, 22, 30, 41 (n = 7): Q1 = 16.25, Q2 = 20, Q3 = 26.
    private static readonly Dictionary<int, decimal?> Values = new()
    {
        [101] = 20m,
        [102] = 10m,
        [103] = 20m,
        [104] = 30m,
        [105] = null,
        [106] = 41m,
        [107] = 12.5m,
        [108] = 22m,
    };

    [Fact]
    public void Compute_LowerIsBetterWithATie_SharesTheBetterRank()
    {
        AreaBenchmark benchmark = AreaBenchmark.Compute("RR", Year, 103, Values, 21.45m, 19.04m, [101, 102, 105, 999], Polarity.Lower, 1);

        // 10 and 12.5 are better; 101 and 103 tie at 20 and both rank 3. Neighbours 20, 10: mean 15.0 from 2 of 4.
        Assert.Equal(new AreaBenchmark("RR", Year, 103, 20.0m, 21.5m, 19.0m, 15.0m, 2, 3, 7, QuartileBand.B), benchmark);
    }

    [Theory]
    [InlineData(106, Polarity.Higher, 1, QuartileBand.A)]
    [InlineData(106, Polarity.Lower, 7, QuartileBand.D)]
    [InlineData(102, Polarity.Higher, 7, QuartileBand.D)]
    [InlineData(108, Polarity.Higher, 3, QuartileBand.B)]
    [InlineData(108, Polarity.Lower, 5, QuartileBand.C)]
    public void Compute_EachPolarity_RanksAndBandsFromTheBest(int area, Polarity polarity, int rank, QuartileBand band)
    {
        AreaBenchmark benchmark = AreaBenchmark.Compute("RR", Year, area, Values, null, null, [], polarity, 1);

        Assert.Equal(rank, benchmark.Rank);
        Assert.Equal(7, benchmark.Of);
        Assert.Equal(band, benchmark.Quartile);
    }

    [Fact]
    public void Compute_LAWithoutAValue_HasNoRankOrBandButStillItsComparators()
    {
        AreaBenchmark benchmark = AreaBenchmark.Compute("RR", Year, 105, Values, 21.4m, 19m, [104, 106, 107], Polarity.Lower, 1);

        Assert.Null(benchmark.Value);
        Assert.Null(benchmark.Rank);
        Assert.Null(benchmark.Quartile);
        Assert.Equal(7, benchmark.Of);
        Assert.Equal(21.4m, benchmark.England);
        Assert.Equal(19.0m, benchmark.Region);

        // (30 + 41 + 12.5) / 3 = 27.8333...
        Assert.Equal(27.8m, benchmark.StatisticalNeighbours);
        Assert.Equal(3, benchmark.NeighboursWithData);
    }

    [Fact]
    public void Compute_NoPolarity_HasNeitherRankNorBand()
    {
        AreaBenchmark benchmark = AreaBenchmark.Compute("LAC", Year, 101, Values, 70m, null, [102], Polarity.None, 0);

        Assert.Equal(20m, benchmark.Value);
        Assert.Null(benchmark.Rank);
        Assert.Null(benchmark.Quartile);
        Assert.Equal(7, benchmark.Of);
        Assert.Null(benchmark.Region);
    }

    [Fact]
    public void Compute_FloatNoiseInTheFile_IsRoundedAwaySoTiesStayTied()
    {
        var values = new Dictionary<int, decimal?> { [1] = 10.199999999999999m, [2] = 10.2m, [3] = 9.8m, [4] = 10.25m };

        AreaBenchmark benchmark = AreaBenchmark.Compute("U18", Year, 1, values, 10.149999999999999m, null, [2, 3, 4], Polarity.Lower, 1);

        // 10.25 rounds half up to 10.3; the neighbours' mean is (10.2 + 9.8 + 10.3) / 3 = 10.1.
        Assert.Equal(10.2m, benchmark.Value);
        Assert.Equal(2, benchmark.Rank);
        Assert.Equal(10.1m, benchmark.England);
        Assert.Equal(10.1m, benchmark.StatisticalNeighbours);
        Assert.Equal(3, benchmark.NeighboursWithData);
    }

    [Fact]
    public void Compute_NoLAHasAValue_IsOutOfNone()
    {
        var values = new Dictionary<int, decimal?> { [1] = null, [2] = null };

        AreaBenchmark benchmark = AreaBenchmark.Compute("RR", Year, 1, values, 5m, 6m, [2], Polarity.Higher, 1);

        Assert.Equal(new AreaBenchmark("RR", Year, 1, null, 5.0m, 6.0m, null, 0, null, 0, null), benchmark);
    }
}
