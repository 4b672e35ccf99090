using Waymark.Indicators;

namespace Waymark.Intervals;

/// <summary>
/// Compares an area's value with a benchmark (England, its region, its statistical neighbours) allowing for the
/// area's uncertainty, as Fingertips does: the benchmark inside the area's interval, its ends included, is
/// similar; outside it, the area is better or worse by the indicator's polarity. The two-level form adds much
/// better and much worse when the benchmark is also outside the 99.8% interval. An indicator without polarity is
/// not compared.
/// </summary>
public static class BenchmarkComparison
{
    /// <summary>Better, similar or worse than <paramref name="benchmark"/>, from the area's 95% interval.</summary>
    /// <exception cref="ArgumentException">The interval is not at 95%.</exception>
    public static BenchmarkOutcome Compare(ConfidenceInterval interval95, decimal benchmark, Polarity polarity)
    {
        Require(interval95, ConfidenceLevel.Percent95, nameof(interval95));
        return Side(interval95, benchmark, polarity, BenchmarkOutcome.Better, BenchmarkOutcome.Worse);
    }

    /// <summary>
    /// Much better, better, similar, worse or much worse than <paramref name="benchmark"/>: much better or much worse
    /// when the benchmark is outside the 99.8% interval, better or worse when it is outside the 95% interval only.
    /// </summary>
    /// <exception cref="ArgumentException">The intervals are not at 95% and 99.8%.</exception>
    public static BenchmarkOutcome Compare(ConfidenceInterval interval95, ConfidenceInterval interval998, decimal benchmark, Polarity polarity)
    {
        Require(interval95, ConfidenceLevel.Percent95, nameof(interval95));
        Require(interval998, ConfidenceLevel.Percent99Point8, nameof(interval998));
        BenchmarkOutcome wide = Side(interval998, benchmark, polarity, BenchmarkOutcome.MuchBetter, BenchmarkOutcome.MuchWorse);
        return wide is BenchmarkOutcome.MuchBetter or BenchmarkOutcome.MuchWorse
            ? wide
            : Side(interval95, benchmark, polarity, BenchmarkOutcome.Better, BenchmarkOutcome.Worse);
    }

    private static BenchmarkOutcome Side(ConfidenceInterval interval, decimal benchmark, Polarity polarity, BenchmarkOutcome better, BenchmarkOutcome worse)
    {
        if (polarity == Polarity.None)
        {
            return BenchmarkOutcome.NotCompared;
        }

        if (interval.Contains(benchmark))
        {
            return BenchmarkOutcome.Similar;
        }

        bool areaHigher = benchmark < interval.Lower;
        return areaHigher == (polarity == Polarity.Higher) ? better : worse;
    }

    private static void Require(ConfidenceInterval interval, ConfidenceLevel level, string name)
    {
        if (interval.Level != level)
        {
            throw new ArgumentException($"The interval must be at {level.ToCode()}%, not {interval.Level.ToCode()}%.", name);
        }
    }
}
