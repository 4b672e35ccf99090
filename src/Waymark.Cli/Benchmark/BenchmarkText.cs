using System.Globalization;

using Waymark.Benchmarking;
using Waymark.Data.Benchmarks;
using Waymark.Indicators;

namespace Waymark.Cli.Benchmark;

/// <summary>A benchmark as a short table for people, one figure a line.</summary>
internal static class BenchmarkText
{
    public static async Task WriteAsync(TextWriter output, BenchmarkFigures figures, BenchmarkArea area, string? region, AreaBenchmark b)
    {
        int decimals = figures.Measure.Definition.Decimals;
        string Number(decimal? value) => value is { } v ? DecimalRounding.HalfUp(v, decimals).ToString(CultureInfo.InvariantCulture) : "no value";
        string better = figures.Measure.Definition.Polarity switch
        {
            Polarity.Higher => "higher is better",
            Polarity.Lower => "lower is better",
            _ => "no better direction",
        };
        string neighbours = figures.Model is null
            ? "no neighbour model in the store"
            : $"{b.NeighboursWithData} {(b.NeighboursWithData == 1 ? "neighbour" : "neighbours")} with data, {figures.Model} model";

        var lines = new List<(string Label, string Value, string Note)>
        {
            (area.Name, Number(b.Value), string.Empty),
            ("England", Number(b.England), string.Empty),
            (region ?? "Region", Number(b.Region), string.Empty),
            ("Statistical neighbours", Number(b.StatisticalNeighbours), neighbours),
            ("Rank", b.Rank is { } rank ? $"{rank} of {b.Of}" : "none", b.Rank is null ? RankNote(b, figures.Measure.Definition.Polarity) : "1 is the best"),
            ("Quartile band", b.Quartile?.ToString() ?? "none", b.Quartile is null ? string.Empty : "A is the best quarter of LAs, D the worst"),
        };
        int labelWidth = lines.Max(l => l.Label.Length) + 2;
        int valueWidth = lines.Max(l => l.Value.Length) + 2;
        await output.WriteLineAsync($"{area.Name} ({b.Area.ToString("D3", CultureInfo.InvariantCulture)}): {b.Measure}, {b.Period} ({better})").ConfigureAwait(false);
        await output.WriteLineAsync(figures.Measure.Definition.Title).ConfigureAwait(false);
        await output.WriteLineAsync().ConfigureAwait(false);
        foreach ((string label, string value, string note) in lines)
        {
            await output.WriteLineAsync((label.PadRight(labelWidth) + value.PadLeft(valueWidth - 2) + (note.Length > 0 ? "  " + note : string.Empty)).TrimEnd()).ConfigureAwait(false);
        }
    }

    private static string RankNote(AreaBenchmark b, Polarity polarity) =>
        polarity == Polarity.None ? "the measure has no better direction" : $"no value for {b.Period}; {b.Of} LAs have one";
}
