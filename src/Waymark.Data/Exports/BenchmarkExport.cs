using Waymark.Benchmarking;
using Waymark.Data.Benchmarks;

namespace Waymark.Data.Exports;

/// <summary>
/// The <c>benchmarks</c> export, and the figures of <c>waymark benchmark</c>: for one measure and period, an LA's
/// value beside England's, its region's and its statistical neighbours' average, with its rank and quartile band
/// by the rules of <see cref="AreaBenchmark"/>; numbers at the measure's decimals.
/// </summary>
public static class BenchmarkExport
{
    /// <summary>The columns, in order.</summary>
    public static IReadOnlyList<ExportColumn> Columns { get; } =
    [
        new("measure", 20), new("period", 10), new("area", 8), new("value"), new("england"), new("region"),
        new("statistical_neighbours", 24), new("neighbours_with_data", 22), new("rank", 8), new("of", 8), new("quartile"),
    ];

    /// <summary>The table of every LA that has a figure for the measure and period, by LA number.</summary>
    public static ExportTable Create(BenchmarkFigures figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        return Create(figures, figures.WithFigures.Select(figures.Benchmark));
    }

    /// <summary>The table of the benchmarks given.</summary>
    public static ExportTable Create(BenchmarkFigures figures, IEnumerable<AreaBenchmark> benchmarks)
    {
        ArgumentNullException.ThrowIfNull(figures);
        int decimals = figures.Measure.Decimals;
        return new ExportTable("benchmarks", Columns, benchmarks.Select(b => Cells(b, decimals)).ToAsyncEnumerable());
    }

    /// <summary>One table of the benchmarks of several measures, each at its own measure's decimals, in the order given.</summary>
    public static ExportTable Create(IEnumerable<(BenchmarkFigures Figures, IEnumerable<AreaBenchmark> Benchmarks)> measures)
    {
        ArgumentNullException.ThrowIfNull(measures);
        return new ExportTable(
            "benchmarks",
            Columns,
            measures.SelectMany(m => m.Benchmarks.Select(b => Cells(b, m.Figures.Measure.Decimals))).ToAsyncEnumerable());
    }

    private static IReadOnlyList<ExportCell> Cells(AreaBenchmark b, int decimals) =>
    [
        ExportCell.FromText(b.Measure),
        ExportCell.FromText(b.Period.ToString()),
        ExportCell.FromText(b.Area.ToString("D3", System.Globalization.CultureInfo.InvariantCulture)),
        ExportCell.FromNumber(b.Value, decimals),
        ExportCell.FromNumber(b.England, decimals),
        ExportCell.FromNumber(b.Region, decimals),
        ExportCell.FromNumber(b.StatisticalNeighbours, decimals),
        ExportCell.FromNumber(b.NeighboursWithData, 0),
        ExportCell.FromNumber(b.Rank, 0),
        ExportCell.FromNumber(b.Of, 0),
        ExportCell.FromText(b.Quartile?.ToString()),
    ];
}
