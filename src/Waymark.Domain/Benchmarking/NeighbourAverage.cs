namespace Waymark.Benchmarking;

/// <summary>
/// The statistical-neighbour average: the plain mean of the neighbours that have a value, rounded half up to the
/// measure's decimals, with how many of the neighbours had one.
/// </summary>
/// <param name="Value">The average; <see langword="null"/> when no neighbour has a value.</param>
/// <param name="WithData">How many neighbours had a value.</param>
/// <param name="Neighbours">How many neighbours there are.</param>
public readonly record struct NeighbourAverage(decimal? Value, int WithData, int Neighbours)
{
    /// <summary>Averages the neighbours' values, a missing one given as <see langword="null"/>.</summary>
    public static NeighbourAverage Of(IEnumerable<decimal?> neighbourValues, int decimals)
    {
        ArgumentNullException.ThrowIfNull(neighbourValues);
        decimal sum = 0m;
        int withData = 0, neighbours = 0;
        foreach (decimal? value in neighbourValues)
        {
            neighbours++;
            if (value is { } v)
            {
                sum += v;
                withData++;
            }
        }

        decimal? average = withData == 0 ? null : Indicators.DecimalRounding.HalfUp(sum / withData, decimals);
        return new NeighbourAverage(average, withData, neighbours);
    }
}
