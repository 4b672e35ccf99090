namespace Waymark.Benchmarking;

/// <summary>
/// The three quartile points of a set of values, by linear interpolation between order statistics (R's default,
/// "type 7", which DfE's LAIT uses): for n sorted values x[0..n-1] and p in {0.25, 0.5, 0.75}, h = (n - 1)p and the
/// point is x[floor h] + (h - floor h)(x[floor h + 1] - x[floor h]).
/// </summary>
/// <param name="Q1">The lower quartile.</param>
/// <param name="Q2">The median.</param>
/// <param name="Q3">The upper quartile.</param>
public readonly record struct Quartiles(decimal Q1, decimal Q2, decimal Q3)
{
    /// <summary>The quartile points of values already sorted in ascending order.</summary>
    /// <exception cref="ArgumentException"><paramref name="sorted"/> is empty.</exception>
    public static Quartiles OfSorted(IReadOnlyList<decimal> sorted)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        if (sorted.Count == 0)
        {
            throw new ArgumentException("Quartiles need at least one value.", nameof(sorted));
        }

        return new Quartiles(Point(sorted, 0.25m), Point(sorted, 0.5m), Point(sorted, 0.75m));
    }

    private static decimal Point(IReadOnlyList<decimal> sorted, decimal p)
    {
        decimal h = (sorted.Count - 1) * p;
        int lower = (int)decimal.Floor(h);
        decimal fraction = h - lower;
        return lower + 1 < sorted.Count
            ? sorted[lower] + (fraction * (sorted[lower + 1] - sorted[lower]))
            : sorted[lower];
    }
}
