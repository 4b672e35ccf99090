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
        int decimals = figures.Measure.Decimals;
        string Number(decimal? value) => value is { } v ? DecimalRounding.HalfUp(v, decimals).ToString(CultureInfo.InvariantCulture) : "no value";
        string better = Better(figures.Measure.Polarity);
        string neighbours = figures.Model is null
            ? "no neighbour model in the store"
            : $"{b.NeighboursWithData} {(b.NeighboursWithData == 1 ? "neighbour" : "neighbours")} with data, {figures.Model} model";

        var lines = new List<(string Label, string Value, string Note)>
        {
            (area.Name, Number(b.Value), string.Empty),
            ("England", Number(b.England), string.Empty),
            (region ?? "Region", Number(b.Region), string.Empty),
            ("Statistical neighbours", Number(b.StatisticalNeighbours), neighbours),
            ("Rank", b.Rank is { } rank ? $"{rank} of {b.Of}" : "none", b.Rank is null ? RankNote(b, figures.Measure.Polarity) : "1 is the best"),
            ("Quartile band", b.Quartile?.ToString() ?? "none", b.Quartile is null ? string.Empty : "A is the best quarter of LAs, D the worst"),
        };
        int labelWidth = lines.Max(l => l.Label.Length) + 2;
        int valueWidth = lines.Max(l => l.Value.Length) + 2;
        await output.WriteLineAsync($"{area.Name} ({b.Area.ToString("D3", CultureInfo.InvariantCulture)}): {b.Measure}, {b.Period} ({better})").ConfigureAwait(false);
        await output.WriteLineAsync(figures.Measure.Title).ConfigureAwait(false);
        await output.WriteLineAsync().ConfigureAwait(false);
        foreach ((string label, string value, string note) in lines)
        {
            await output.WriteLineAsync((label.PadRight(labelWidth) + value.PadLeft(valueWidth - 2) + (note.Length > 0 ? "  " + note : string.Empty)).TrimEnd()).ConfigureAwait(false);
        }
    }

    /// <summary>Several LAs on one measure: a line an LA, its figures in columns, then what the columns mean.</summary>
    public static async Task WriteManyAsync(TextWriter output, BenchmarkFigures figures, IReadOnlyList<BenchmarkArea> areas)
    {
        int decimals = figures.Measure.Decimals;
        string Number(decimal? value) => value is { } v ? DecimalRounding.HalfUp(v, decimals).ToString(CultureInfo.InvariantCulture) : "-";
        string[] header = ["LA", "Value", "England", "Region", "Neighbours", "Rank", "Band"];
        var rows = new List<string[]> { header };
        foreach (BenchmarkArea area in areas)
        {
            AreaBenchmark b = figures.Benchmark(area);
            rows.Add(
            [
                $"{area.Name} ({area.Number.ToString("D3", CultureInfo.InvariantCulture)})",
                Number(b.Value),
                Number(b.England),
                Number(b.Region),
                Number(b.StatisticalNeighbours),
                b.Rank is { } rank ? $"{rank} of {b.Of}" : "-",
                b.Quartile?.ToString() ?? "-",
            ]);
        }

        int[] widths = [.. Enumerable.Range(0, header.Length).Select(c => rows.Max(r => r[c].Length))];
        await output.WriteLineAsync($"{figures.Measure.Code}, {figures.Period} ({Better(figures.Measure.Polarity)}): {areas.Count} {(areas.Count == 1 ? "LA" : "LAs")}").ConfigureAwait(false);
        await output.WriteLineAsync(figures.Measure.Title).ConfigureAwait(false);
        await output.WriteLineAsync().ConfigureAwait(false);
        foreach (string[] row in rows)
        {
            string line = row[0].PadRight(widths[0]) + string.Concat(Enumerable.Range(1, row.Length - 1).Select(c => "  " + (c == row.Length - 1 ? row[c].PadRight(widths[c]) : row[c].PadLeft(widths[c]))));
            await output.WriteLineAsync(line.TrimEnd()).ConfigureAwait(false);
        }

        await output.WriteLineAsync().ConfigureAwait(false);
        string model = figures.Model is null ? "no neighbour model in the store" : $"the {figures.Model} model";
        await output.WriteLineAsync($"Region: the LA's region. Neighbours: the average of the LA's statistical neighbours with data, {model}.").ConfigureAwait(false);
        await output.WriteLineAsync("Rank 1 is the best; band A is the best quarter of LAs, D the worst; - is no value.").ConfigureAwait(false);
    }

    private static string Better(Polarity polarity) => polarity switch
    {
        Polarity.Higher => "higher is better",
        Polarity.Lower => "lower is better",
        _ => "no better direction",
    };

    private static string RankNote(AreaBenchmark b, Polarity polarity) =>
        polarity == Polarity.None ? "the measure has no better direction" : $"no value for {b.Period}; {b.Of} LAs have one";
}
