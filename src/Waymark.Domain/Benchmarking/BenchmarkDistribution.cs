using Waymark.Indicators;

namespace Waymark.Benchmarking;

/// <summary>
/// The values of every local authority that has one for a measure and period, and where a value stands among
/// them, following DfE LAIT: only LAs count (not regions, not England); rank 1 is the best value and tied values
/// share the better rank (10, 20, 20, 30 rank 1, 2, 2, 4 when lower is better); quartile bands are the intervals
/// [min, Q1], (Q1, Q2], (Q2, Q3], (Q3, max] lettered A-D from the best. A measure without polarity has neither
/// rank nor band.
/// </summary>
public sealed class BenchmarkDistribution
{
    private readonly decimal[] sorted;

    /// <summary>Builds the distribution of the LA values given (missing values left out by the caller).</summary>
    public BenchmarkDistribution(IEnumerable<decimal> laValues, Polarity polarity)
    {
        ArgumentNullException.ThrowIfNull(laValues);
        sorted = [.. laValues];
        Array.Sort(sorted);
        Polarity = polarity;
        Quartiles = sorted.Length == 0 ? null : Benchmarking.Quartiles.OfSorted(sorted);
    }

    /// <summary>Which way is better.</summary>
    public Polarity Polarity { get; }

    /// <summary>How many LAs have a value.</summary>
    public int Count => sorted.Length;

    /// <summary>The quartile points; <see langword="null"/> when no LA has a value.</summary>
    public Quartiles? Quartiles { get; }

    /// <summary>
    /// The rank of <paramref name="value"/>: 1 plus the number of LAs with a strictly better value.
    /// <see langword="null"/> when the measure has no polarity.
    /// </summary>
    public int? Rank(decimal value)
    {
        if (Polarity == Polarity.None)
        {
            return null;
        }

        int lowerCount = LowerBound(value);
        int higherCount = sorted.Length - UpperBound(value);
        return 1 + (Polarity == Polarity.Lower ? lowerCount : higherCount);
    }

    /// <summary>
    /// The quartile band of <paramref name="value"/>; <see langword="null"/> when the measure has no polarity or
    /// no LA has a value.
    /// </summary>
    public QuartileBand? Band(decimal value)
    {
        if (Polarity == Polarity.None || Quartiles is not { } q)
        {
            return null;
        }

        // 1 is the lowest interval [min, Q1], 4 the highest (Q3, max].
        int interval = value <= q.Q1 ? 1 : value <= q.Q2 ? 2 : value <= q.Q3 ? 3 : 4;
        return (QuartileBand)(Polarity == Polarity.Lower ? interval : 5 - interval);
    }

    private int LowerBound(decimal value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private int UpperBound(decimal value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
