using Waymark.Indicators;
using Waymark.Periods;

namespace Waymark.Benchmarking;

/// <summary>
/// Where one local authority stands on one measure for one period, as <c>waymark benchmark</c> shows it: its
/// value beside England's, its region's and its statistical neighbours' average, and its rank and quartile band
/// among every LA with a value (see <see cref="BenchmarkDistribution"/>).
/// </summary>
/// <param name="Measure">The measure's code.</param>
/// <param name="Period">The period the figures are for.</param>
/// <param name="Area">The LA's three-digit DfE number.</param>
/// <param name="Value">The LA's value; <see langword="null"/> when it has none (not published or suppressed).</param>
/// <param name="England">England's value, as published.</param>
/// <param name="Region">The value of the LA's region, as published.</param>
/// <param name="StatisticalNeighbours">The mean of the neighbours that have a value (<see cref="NeighbourAverage"/>).</param>
/// <param name="NeighboursWithData">How many of the LA's neighbours have a value.</param>
/// <param name="Rank">1 for the best value; <see langword="null"/> when the LA has no value or the measure no polarity.</param>
/// <param name="Of">How many LAs have a value: the number the rank is out of.</param>
/// <param name="Quartile">The quartile band; <see langword="null"/> when the LA has no value or the measure no polarity.</param>
public sealed record AreaBenchmark(
    string Measure,
    ReportingPeriod Period,
    int Area,
    decimal? Value,
    decimal? England,
    decimal? Region,
    decimal? StatisticalNeighbours,
    int NeighboursWithData,
    int? Rank,
    int Of,
    QuartileBand? Quartile)
{
    /// <summary>
    /// Benchmarks LA <paramref name="area"/>. Every value is first rounded half up to <paramref name="decimals"/>,
    /// as DfE publishes it, so that float noise in a file (10.199999999999999) neither shows nor splits a tie.
    /// </summary>
    /// <param name="measure">The measure's code.</param>
    /// <param name="period">The period the values are for.</param>
    /// <param name="area">The LA's number; its value is the one <paramref name="laValues"/> holds for it.</param>
    /// <param name="laValues">
    /// The value of every LA for the period, <see langword="null"/> for an LA without one. Only LAs take part in
    /// rank and quartiles, so this must hold LAs only: not England, not regions.
    /// </param>
    /// <param name="england">England's value, if published.</param>
    /// <param name="region">The value of the LA's region, if published.</param>
    /// <param name="neighbours">The LA's statistical neighbours' numbers (ten in the DfE model); one missing from <paramref name="laValues"/> has no value.</param>
    /// <param name="polarity">Which way is better; <see cref="Polarity.None"/> gives neither rank nor band.</param>
    /// <param name="decimals">The decimals the measure is published to.</param>
    public static AreaBenchmark Compute(
        string measure,
        ReportingPeriod period,
        int area,
        IReadOnlyDictionary<int, decimal?> laValues,
        decimal? england,
        decimal? region,
        IEnumerable<int> neighbours,
        Polarity polarity,
        int decimals)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(measure);
        ArgumentNullException.ThrowIfNull(laValues);
        ArgumentNullException.ThrowIfNull(neighbours);

        decimal? Round(decimal? value) => value is { } v ? DecimalRounding.HalfUp(v, decimals) : null;

        var distribution = new BenchmarkDistribution(
            laValues.Values.Where(v => v.HasValue).Select(v => DecimalRounding.HalfUp(v!.Value, decimals)),
            polarity);
        decimal? value = Round(laValues.GetValueOrDefault(area));
        NeighbourAverage average = NeighbourAverage.Of(neighbours.Select(n => Round(laValues.GetValueOrDefault(n))), decimals);

        return new AreaBenchmark(
            measure,
            period,
            area,
            value,
            Round(england),
            Round(region),
            average.Value,
            average.WithData,
            value is { } v ? distribution.Rank(v) : null,
            distribution.Count,
            value is { } w ? distribution.Band(w) : null);
    }
}
