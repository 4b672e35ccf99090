using Waymark.Reporting.Content;
using Waymark.Reporting.Text;

namespace Waymark.Reporting.Charts;

/// <summary>
/// A highlighted indicator's trend as a line chart: the result, the target and each comparator, each line drawn in
/// its own dash pattern and named in a legend, so that nothing depends on colour alone. One layout is worked out
/// here and painted as SVG (for HTML and PDF) or as PNG (for Word).
/// </summary>
public static class TrendChart
{
    public const int Width = 640;
    public const int Height = 300;
    private const int Left = 70;
    private const int Right = 170;
    private const int Top = 20;
    private const int Bottom = 64;
    private const int BottomAcross = 36;
    private const int Ticks = 4;

    /// <summary>The width of a character of the charts' 12-pixel labels, a little over the average, in pixels.</summary>
    private const decimal CharacterWidth = 7.5m;

    public static IReadOnlyList<TrendSeries> Series(HighlightedIndicator highlight)
    {
        ArgumentNullException.ThrowIfNull(highlight);
        return Series(highlight.Trend);
    }

    /// <summary>The lines of a trend: the result, the target and each comparator that has a figure in some period.</summary>
    public static IReadOnlyList<TrendSeries> Series(IReadOnlyList<TrendPoint> trend)
    {
        ArgumentNullException.ThrowIfNull(trend);
        var all = new List<TrendSeries>
        {
            new("Result", "#1d70b8", string.Empty, [.. trend.Select(p => p.Value)]),
            new("Target", "#505a5f", "8 4", [.. trend.Select(p => p.Target)]),
            new("England", "#d4351c", "2 3", [.. trend.Select(p => p.England)]),
            new("Region", "#00703c", "10 3 2 3", [.. trend.Select(p => p.Region)]),
            new("Statistical neighbours", "#6f3092", "4 2", [.. trend.Select(p => p.Neighbours)]),
        };
        return [.. all.Where(s => s.Values.Any(v => v is not null))];
    }

    /// <summary>Where the frame, scale, labels, lines and legend of a highlighted indicator's chart go.</summary>
    public static TrendLayout Layout(HighlightedIndicator highlight)
    {
        ArgumentNullException.ThrowIfNull(highlight);
        IndicatorLine line = highlight.Line;
        return Layout(line.Code, line.Title, line.Unit, line.Decimals, highlight.Trend);
    }

    /// <summary>
    /// Where the frame, scale, labels, lines and legend of the chart of an indicator's <paramref name="trend"/> go,
    /// its figures written at <paramref name="decimals"/> with its <paramref name="unit"/> (the file's word, such as
    /// <c>percent</c>).
    /// </summary>
    public static TrendLayout Layout(string code, string title, string unit, int decimals, IReadOnlyList<TrendPoint> trend) =>
        Layout(code, title, unit, decimals, trend, new Dictionary<string, (decimal Lower, decimal Upper)>());

    /// <summary>
    /// As <see cref="Layout(string, string, string, int, IReadOnlyList{TrendPoint})"/>, with a whisker from the lower to
    /// the upper end of the 95% confidence interval of each result that has one (<paramref name="intervals"/>, by the
    /// trend's period), the scale widened to hold them.
    /// </summary>
    public static TrendLayout Layout(string code, string title, string unit, int decimals, IReadOnlyList<TrendPoint> trend, IReadOnlyDictionary<string, (decimal Lower, decimal Upper)> intervals)
    {
        ArgumentNullException.ThrowIfNull(trend);
        ArgumentNullException.ThrowIfNull(intervals);
        var highlight = new ChartFigures(code, title, unit, decimals, trend);
        IReadOnlyList<TrendSeries> series = Series(trend);
        var shown = trend.Select((p, i) => (Index: i, Found: intervals.TryGetValue(p.Period, out var range), Range: range))
            .Where(x => x.Found && trend[x.Index].Value is not null).ToList();
        var values = series.SelectMany(s => s.Values).OfType<decimal>()
            .Concat(shown.SelectMany(x => (decimal[])[x.Range.Lower, x.Range.Upper])).ToList();
        int count = highlight.Trend.Count;
        decimal plotWidth = Width - Left - Right;

        // The periods are written across under their points when they fit side by side (as five quarters do),
        // and at a slant, which needs more room below the plot, when there are too many for that.
        decimal spacing = count <= 1 ? plotWidth : plotWidth / (count - 1);
        bool across = count == 0 || (highlight.Trend.Max(p => p.Period.Length) * CharacterWidth) + 10 <= spacing;
        int bottom = across ? BottomAcross : Bottom;
        decimal plotHeight = Height - Top - bottom;
        string caption = $"{code} {title}: trend to {(highlight.Trend.Count == 0 ? null : highlight.Trend[^1].Period)}";
        var origin = new ChartPoint(Left, Top);
        if (values.Count == 0 || count == 0)
        {
            return new TrendLayout(Width, Height, caption, Description(highlight, series), origin, plotWidth, plotHeight, [], [], []);
        }

        ChartScale scale = ChartScale.Around(values, Ticks);
        decimal X(int i) => Round(Left + (count == 1 ? plotWidth / 2 : plotWidth * i / (count - 1)));
        decimal Y(decimal v) => Round(Top + (plotHeight * (scale.High - v) / (scale.High - scale.Low)));

        var ticks = new List<TrendTick>();
        foreach (decimal v in scale.Ticks())
        {
            decimal y = Y(v);
            ticks.Add(new TrendTick(
                new ChartSegment(new ChartPoint(Left, y), new ChartPoint(Left + plotWidth, y)),
                new ChartText(new ChartPoint(Left - 6, y + 4), ReportNumbers.Number(v, scale.Decimals), ChartAnchor.End, 0m)));
        }

        var periods = highlight.Trend
            .Select((p, i) => across
                ? new ChartText(new ChartPoint(X(i), Height - bottom + 20), p.Period, ChartAnchor.Middle, 0m)
                : new ChartText(new ChartPoint(X(i), Height - bottom + 16), p.Period, ChartAnchor.End, -35m))
            .ToList();

        var lines = new List<TrendLine>();
        foreach (TrendSeries s in series)
        {
            var points = s.Values.Select((v, i) => v is { } value ? new ChartPoint(X(i), Y(value)) : (ChartPoint?)null).OfType<ChartPoint>().ToList();
            decimal legendY = Top + 10 + (lines.Count * 22);
            lines.Add(new TrendLine(
                s,
                points,
                new ChartSegment(new ChartPoint(Width - Right + 12, legendY), new ChartPoint(Width - Right + 40, legendY)),
                new ChartText(new ChartPoint(Width - Right + 46, legendY + 4), s.Name, ChartAnchor.Start, 0m)));
        }

        // The result is painted last, over the target and comparators, as the line the chart is about.
        List<TrendLine> painted = [.. lines.Where(l => l.Series.Name != "Result"), .. lines.Where(l => l.Series.Name == "Result")];
        if (shown.Count == 0)
        {
            return new TrendLayout(Width, Height, caption, Description(highlight, series), origin, plotWidth, plotHeight, ticks, periods, painted);
        }

        decimal keyY = Top + 10 + (lines.Count * 22);
        var whiskers = new TrendWhiskers(
            [.. shown.Select(x => new TrendWhisker(trend[x.Index].Period, new ChartSegment(new ChartPoint(X(x.Index), Y(x.Range.Lower)), new ChartPoint(X(x.Index), Y(x.Range.Upper)))))],
            new ChartSegment(new ChartPoint(Width - Right + 26, keyY - 7), new ChartPoint(Width - Right + 26, keyY + 7)),
            new ChartText(new ChartPoint(Width - Right + 46, keyY + 4), "95% interval", ChartAnchor.Start, 0m));
        string description = Description(highlight, series).Replace(
            " The same figures are in the table that follows.",
            $" A whisker spans the 95% confidence interval of each of the {shown.Count} results with a numerator and denominator. The same figures are in the table that follows.",
            StringComparison.Ordinal);
        return new TrendLayout(Width, Height, caption, description, origin, plotWidth, plotHeight, ticks, periods, painted, whiskers);
    }

    /// <summary>The chart as an SVG element with a title and a description for screen readers.</summary>
    public static string Svg(HighlightedIndicator highlight, string id) => TrendSvg.Paint(Layout(highlight), id);

    /// <summary>
    /// A chart's layout as an SVG element with a title and a description for screen readers, its ids beginning
    /// <paramref name="id"/>, in the CSS class <paramref name="cssClass"/> when one is given.
    /// </summary>
    public static string Svg(TrendLayout layout, string id, string? cssClass = null)
    {
        ArgumentNullException.ThrowIfNull(layout);
        return TrendSvg.Paint(layout, id, cssClass);
    }

    /// <summary>The chart as a PNG picture, drawn at <paramref name="scale"/> times its size in pixels.</summary>
    public static byte[] Png(HighlightedIndicator highlight, int scale = 2) => TrendPng.Paint(Layout(highlight), scale);

    /// <summary>What the chart shows, in words: its lines, its periods and the latest result against its target.</summary>
    private static string Description(ChartFigures highlight, IReadOnlyList<TrendSeries> series)
    {
        ChartFigures line = highlight;
        if (series.Count == 0 || highlight.Trend.Count == 0)
        {
            return $"Line chart of {line.Code} {line.Title}: there are no figures to plot.";
        }

        string[] names = [.. series.Select(s => s.Name switch
        {
            "Result" => "the result",
            "Target" => "the target",
            "Region" => "the region",
            "Statistical neighbours" => "the statistical neighbours",
            _ => s.Name,
        })];
        string lines = names.Length == 1 ? names[0] : $"{string.Join(", ", names[..^1])} and {names[^1]}";
        string span = highlight.Trend.Count == 1
            ? highlight.Trend[0].Period
            : $"{highlight.Trend[0].Period} to {highlight.Trend[^1].Period}";
        string sentence = $"Line chart of {line.Code} {line.Title}, {span}: {lines}.";
        if (highlight.Trend.LastOrDefault(p => p.Value is not null) is { Value: { } latest } point)
        {
            sentence += $" The latest result is {ReportNumbers.WithUnit(latest, line.Decimals, line.Unit)} ({point.Period})";
            sentence += point.Target is { } target ? $" against a target of {ReportNumbers.WithUnit(target, line.Decimals, line.Unit)}." : ".";
        }

        return sentence + " The same figures are in the table that follows.";
    }

    private static decimal Round(decimal value) => Math.Round(value, 1, MidpointRounding.AwayFromZero);

    private sealed record ChartFigures(string Code, string Title, string Unit, int Decimals, IReadOnlyList<TrendPoint> Trend);
}
