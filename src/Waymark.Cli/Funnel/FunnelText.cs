using System.Globalization;

using Waymark.Data.Benchmarks;
using Waymark.Data.Exports;
using Waymark.Data.Measures;
using Waymark.Indicators;
using Waymark.Intervals;

namespace Waymark.Cli.Funnel;

/// <summary>A funnel plot as a table for people: a line an LA, then the LAs beyond each limit.</summary>
internal static class FunnelText
{
    public static async Task WriteAsync(TextWriter output, Indicator measure, IndicatorFunnel funnel, IReadOnlyList<FunnelPoint> shown)
    {
        IndicatorDefinition definition = measure.ToDefinition();
        int decimals = definition.Decimals;
        int limits = FunnelExport.LimitDecimals(definition);
        string Value(decimal v) => DecimalRounding.HalfUp(v, decimals).ToString(CultureInfo.InvariantCulture);
        string Limit(decimal v) => DecimalRounding.HalfUp(v, limits).ToString(CultureInfo.InvariantCulture);
        static string Count(decimal v) => (v / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);
        static string Las(int n) => n == 1 ? "1 LA" : $"{n} LAs";
        string Listed(IReadOnlyList<FunnelPoint> points) => points.Count == 0
            ? "none"
            : $"{Las(points.Count)}: " + string.Join(", ", points.Select(p => $"{p.Area.Name} {Value(p.Value)} ({p.Outcome.ToPhrase(funnel.CentreName)})"));

        string[] header = ["LA", "Count", "Denominator", "Value", "95% limits", "99.8% limits", $"Against {funnel.CentreName}"];
        var rows = new List<string[]> { header };
        rows.AddRange(shown.Select(p => new[]
        {
            $"{p.Area.Name} ({IndicatorFunnel.AreaCode(p)}){(p == funnel.Council ? ", the council" : string.Empty)}",
            Count(p.Area.Numerator),
            Count(p.Area.Denominator),
            Value(p.Value),
            $"{Limit(p.Limits.Lower95)} to {Limit(p.Limits.Upper95)}",
            $"{Limit(p.Limits.Lower998)} to {Limit(p.Limits.Upper998)}",
            funnel.Words(p),
        }));
        int[] widths = [.. Enumerable.Range(0, header.Length).Select(c => rows.Max(r => r[c].Length))];
        bool[] numeric = [false, true, true, true, true, true, false];

        FunnelPlot plot = funnel.Plot;
        await output.WriteLineAsync($"{measure.Code}, {funnel.Period} ({Better(definition.Polarity)}): {Las(plot.Points.Count)} around {funnel.CentreName}'s {Limit(plot.Centre)}").ConfigureAwait(false);
        await output.WriteLineAsync(definition.Title).ConfigureAwait(false);
        await output.WriteLineAsync().ConfigureAwait(false);
        foreach (string[] row in rows)
        {
            string line = string.Join("  ", row.Select((cell, c) => numeric[c] ? cell.PadLeft(widths[c]) : cell.PadRight(widths[c])));
            await output.WriteLineAsync(line.TrimEnd()).ConfigureAwait(false);
        }

        await output.WriteLineAsync().ConfigureAwait(false);
        await output.WriteLineAsync($"Beyond the 99.8% limits: {Listed(funnel.Beyond998)}.").ConfigureAwait(false);
        await output.WriteLineAsync($"Beyond the 95% limits only: {Listed(funnel.Beyond95Only)}.").ConfigureAwait(false);
        if (plot.Omitted.Count > 0)
        {
            await output.WriteLineAsync($"Not plotted: {string.Join("; ", plot.Omitted.Select(o => $"{o.Area.Name}, as {o.Reason}"))}.").ConfigureAwait(false);
        }

        await output.WriteLineAsync($"The limits are those within which an LA's value would lie 95 and 99.8 times in 100 at its denominator if it differed from {funnel.CentreName}'s by chance alone.").ConfigureAwait(false);
    }

    private static string Better(Polarity polarity) => polarity switch
    {
        Polarity.Higher => "higher is better",
        Polarity.Lower => "lower is better",
        _ => "no better direction",
    };
}
