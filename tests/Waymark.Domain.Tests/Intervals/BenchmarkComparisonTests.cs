using Waymark.Indicators;
using Waymark.Intervals;

using static Waymark.Domain.Tests.Numbers;

namespace Waymark.Domain.Tests.Intervals;

public class BenchmarkComparisonTests
{
    private static readonly ConfidenceInterval Ci95 = new(15m, 10m, 20m, ConfidenceLevel.Percent95, IntervalMethod.WilsonScore);
    private static readonly ConfidenceInterval Ci998 = new(15m, 8m, 22m, ConfidenceLevel.Percent99Point8, IntervalMethod.WilsonScore);

    [Theory]
    [InlineData("9.99", Polarity.Higher, "Better than England")]
    [InlineData("10", Polarity.Higher, "Similar to England")]
    [InlineData("15", Polarity.Higher, "Similar to England")]
    [InlineData("20", Polarity.Higher, "Similar to England")]
    [InlineData("20.01", Polarity.Higher, "Worse than England")]
    [InlineData("9.99", Polarity.Lower, "Worse than England")]
    [InlineData("20.01", Polarity.Lower, "Better than England")]
    [InlineData("9.99", Polarity.None, "Not compared with England")]
    public void Compare_At95_BenchmarkInsideTheIntervalIncludingItsEndsIsSimilar(string benchmark, Polarity polarity, string words)
    {
        BenchmarkOutcome outcome = BenchmarkComparison.Compare(Ci95, Dec(benchmark), polarity);

        Assert.Equal(words, outcome.ToLabel("England"));
    }

    [Theory]
    [InlineData("7.99", Polarity.Higher, "much_better")]
    [InlineData("8", Polarity.Higher, "better")]
    [InlineData("9.99", Polarity.Higher, "better")]
    [InlineData("10", Polarity.Higher, "similar")]
    [InlineData("20.01", Polarity.Higher, "worse")]
    [InlineData("22", Polarity.Higher, "worse")]
    [InlineData("22.01", Polarity.Higher, "much_worse")]
    [InlineData("22.01", Polarity.Lower, "much_better")]
    [InlineData("7.99", Polarity.Lower, "much_worse")]
    [InlineData("7.99", Polarity.None, "not_compared")]
    public void Compare_TwoLevels_MuchBetterAndMuchWorseOutsideThe998Interval(string benchmark, Polarity polarity, string code)
    {
        BenchmarkOutcome outcome = BenchmarkComparison.Compare(Ci95, Ci998, Dec(benchmark), polarity);

        Assert.Equal(code, outcome.ToCode());
    }

    [Fact]
    public void Compare_TwoLevelsReadAsPeopleReadThem()
    {
        Assert.Equal("Much worse than the region", BenchmarkComparison.Compare(Ci95, Ci998, 30m, Polarity.Higher).ToLabel("the region"));
    }

    [Theory]
    [InlineData(BenchmarkOutcome.MuchBetter, "England", "much better than England", "Much better than England")]
    [InlineData(BenchmarkOutcome.Better, "England", "better than England", "Better than England")]
    [InlineData(BenchmarkOutcome.Similar, "England", "similar to England", "Similar to England")]
    [InlineData(BenchmarkOutcome.Worse, "the region", "worse than the region", "Worse than the region")]
    [InlineData(BenchmarkOutcome.MuchWorse, "England", "much worse than England", "Much worse than England")]
    [InlineData(BenchmarkOutcome.NotCompared, "statistical neighbours", "not compared with statistical neighbours", "Not compared with statistical neighbours")]
    [InlineData(BenchmarkOutcome.Similar, "all LAs together", "similar to all LAs together", "Similar to all LAs together")]
    public void ToPhrase_InASentence_StartsLowerCaseAndKeepsTheBenchmarksName(BenchmarkOutcome outcome, string benchmark, string phrase, string label)
    {
        Assert.Equal(phrase, outcome.ToPhrase(benchmark));
        Assert.Equal(label, outcome.ToLabel(benchmark));
    }

    [Fact]
    public void Compare_IntervalsAtTheWrongLevel_Throw()
    {
        Assert.Throws<ArgumentException>(() => BenchmarkComparison.Compare(Ci998, 12m, Polarity.Higher));
        Assert.Throws<ArgumentException>(() => BenchmarkComparison.Compare(Ci95, Ci95, 12m, Polarity.Higher));
    }
}
