using System.Globalization;
using System.Net;
using System.Text;

using Waymark.Figures;
using Waymark.Intervals;

namespace Waymark.Reporting.Charts;

/// <summary>
/// Draws a funnel plot (<see cref="FunnelPlot"/>) as a self-contained SVG element: each area's value against its
/// denominator, the centre, the 95% limits dashed and the 99.8% limits dotted, an area beyond a limit marked by
/// shape as well as colour (a diamond better, a square worse, a triangle beyond a limit of an indicator without
/// polarity; filled beyond the 99.8% limits, in outline beyond the 95% limits only), and the council's own LA ringed and named. The same figures go in a table beside it.
/// </summary>
public static class FunnelChart
{
    /// <summary>The width drawn at; the SVG scales to its box.</summary>
    public const int Width = 640;

    /// <summary>The height drawn at.</summary>
    public const int Height = 420;

    private const decimal Left = 56m;
    private const decimal Right = 16m;
    private const decimal Top = 16m;
    private const decimal PlotHeight = 280m;

    /// <summary>
    /// The SVG of <paramref name="plot"/>, titled <paramref name="title"/> (which says the measure and period),
    /// its values shown to <paramref name="decimals"/>, and the LA numbered <paramref name="highlight"/> ringed and
    /// named when it is on the plot.
    /// </summary>
    public static string Svg(FunnelPlot plot, string title, string centreName, int decimals, int? highlight, string id, string? cssClass = null)
    {
        ArgumentNullException.ThrowIfNull(plot);
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentException.ThrowIfNullOrWhiteSpace(centreName);
        var svg = new StringBuilder();
        string @class = cssClass is null ? string.Empty : $" class=\"{Encode(cssClass)}\"";
        svg.Append(CultureInfo.InvariantCulture, $"<svg{@class} xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"{id}-title\" aria-describedby=\"{id}-desc\" viewBox=\"0 0 {Width} {Height}\" width=\"{Width}\" height=\"{Height}\" font-family=\"Arial, sans-serif\" font-size=\"12\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-title\">{Encode(title)}; the same figures are in the table that follows.</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<desc id=\"{id}-desc\">{Encode(Description(plot, centreName, decimals))}</desc>");
        if (plot.Points.Count == 0)
        {
            return svg.Append("</svg>").ToString();
        }

        decimal plotWidth = Width - Left - Right;
        ChartScale xs = ChartScale.Around([0m, .. plot.Points.Select(p => p.Area.Denominator)], 5);
        List<decimal> ys = [plot.Centre, .. plot.Points.Select(p => p.Value), .. plot.Curve.Select(c => c.Lower998), .. plot.Curve.Select(c => Math.Min(c.Upper998, plot.Points.Max(p => p.Value) * 1.5m + 1m))];
        ChartScale yScale = ChartScale.Around(ys, 5);
        decimal X(decimal denominator) => Left + ((denominator - xs.Low) / (xs.High - xs.Low) * plotWidth);
        decimal Y(decimal value) => Top + PlotHeight - ((Math.Clamp(value, yScale.Low, yScale.High) - yScale.Low) / (yScale.High - yScale.Low) * PlotHeight);

        svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{F(Left)}\" y=\"{F(Top)}\" width=\"{F(plotWidth)}\" height=\"{F(PlotHeight)}\" fill=\"#ffffff\" stroke=\"#b1b4b6\"/>");
        foreach (decimal tick in yScale.Ticks())
        {
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{F(Left)}\" x2=\"{F(Left + plotWidth)}\" y1=\"{F(Y(tick))}\" y2=\"{F(Y(tick))}\" stroke=\"#f3f2f1\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(Left - 6)}\" y=\"{F(Y(tick) + 4)}\" text-anchor=\"end\">{Encode(FigureText.Number(tick, Decimals(yScale.Step)))}</text>");
        }

        foreach (decimal tick in xs.Ticks())
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(X(tick))}\" y=\"{F(Top + PlotHeight + 16)}\" text-anchor=\"middle\">{Encode(FigureText.Number(tick, Decimals(xs.Step)))}</text>");
        }

        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(Left + (plotWidth / 2))}\" y=\"{F(Top + PlotHeight + 34)}\" text-anchor=\"middle\">Denominator</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<line data-mark=\"centre\" x1=\"{F(Left)}\" x2=\"{F(Left + plotWidth)}\" y1=\"{F(Y(plot.Centre))}\" y2=\"{F(Y(plot.Centre))}\" stroke=\"#0b0c0c\" stroke-width=\"1.5\"/>");
        string Line(Func<FunnelLimits, decimal> limit) =>
            string.Join(' ', plot.Curve.Select(c => $"{F(X(c.Denominator))},{F(Y(limit(c)))}"));
        foreach ((string mark, Func<FunnelLimits, decimal> limit, string dash) in new (string, Func<FunnelLimits, decimal>, string)[]
        {
            ("limit-95", c => c.Upper95, "6 3"), ("limit-95", c => c.Lower95, "6 3"), ("limit-99.8", c => c.Upper998, "2 3"), ("limit-99.8", c => c.Lower998, "2 3"),
        })
        {
            svg.Append(CultureInfo.InvariantCulture, $"<polyline data-mark=\"{mark}\" fill=\"none\" stroke=\"#505a5f\" stroke-width=\"1.5\" stroke-dasharray=\"{dash}\" points=\"{Line(limit)}\"/>");
        }

        FunnelPoint? own = null;
        foreach (FunnelPoint point in plot.Points)
        {
            Marker(svg, point, X(point.Area.Denominator), Y(point.Value));
            if (point.Area.Number == highlight)
            {
                own = point;
            }
        }

        if (own is not null)
        {
            decimal x = X(own.Area.Denominator);
            decimal y = Y(own.Value);
            svg.Append(CultureInfo.InvariantCulture, $"<circle data-mark=\"council\" data-area=\"{own.Area.Number.ToString("D3", CultureInfo.InvariantCulture)}\" cx=\"{F(x)}\" cy=\"{F(y)}\" r=\"9\" fill=\"none\" stroke=\"#0b0c0c\" stroke-width=\"2.5\"/>");
            bool leftward = x > Left + (plotWidth * 0.7m);
            svg.Append(CultureInfo.InvariantCulture, $"<text font-weight=\"bold\" x=\"{F(leftward ? x - 12 : x + 12)}\" y=\"{F(y - 10)}\"{(leftward ? " text-anchor=\"end\"" : string.Empty)}>{Encode(own.Area.Name)}</text>");
        }

        Legend(svg, Top + PlotHeight + 52);
        return svg.Append("</svg>").ToString();
    }

    /// <summary>What a reader without the picture is told: the centre, how many areas, how many beyond each limit.</summary>
    public static string Description(FunnelPlot plot, string centreName, int decimals)
    {
        ArgumentNullException.ThrowIfNull(plot);
        int beyond998 = plot.Beyond998.Count();
        int beyond95 = plot.Beyond95Only.Count();
        return $"{plot.Points.Count} areas against their denominators around {centreName}'s {FigureText.Number(plot.Centre, decimals)}: "
            + $"{beyond998} beyond the 99.8% limits, {beyond95} more beyond the 95% limits, {plot.Points.Count - beyond998 - beyond95} within them.";
    }

    private static void Marker(StringBuilder svg, FunnelPoint point, decimal x, decimal y)
    {
        string data = $" data-mark=\"{Code(point.Outcome, point.Position)}\" data-area=\"{point.Area.Number.ToString("D3", CultureInfo.InvariantCulture)}\"";
        bool far = point.Position is FunnelPosition.Above998 or FunnelPosition.Below998;
        switch (point.Outcome)
        {
            case BenchmarkOutcome.Better or BenchmarkOutcome.MuchBetter:
                svg.Append(CultureInfo.InvariantCulture, $"<polygon{data} points=\"{Diamond(x, y)}\"{Fill(far, "#1d70b8")}/>");
                break;
            case BenchmarkOutcome.Worse or BenchmarkOutcome.MuchWorse:
                svg.Append(CultureInfo.InvariantCulture, $"<rect{data} x=\"{F(x - 4)}\" y=\"{F(y - 4)}\" width=\"8\" height=\"8\"{Fill(far, "#d4351c")}/>");
                break;
            case BenchmarkOutcome.NotCompared when point.Position != FunnelPosition.Within:
                svg.Append(CultureInfo.InvariantCulture, $"<polygon{data} points=\"{F(x)},{F(y - 5)} {F(x + 5)},{F(y + 4)} {F(x - 5)},{F(y + 4)}\"{Fill(far, "#4c2c92")}/>");
                break;
            default:
                svg.Append(CultureInfo.InvariantCulture, $"<circle{data} cx=\"{F(x)}\" cy=\"{F(y)}\" r=\"3\" fill=\"#b1b4b6\" stroke=\"#505a5f\"/>");
                break;
        }
    }

    // Beyond the 99.8% limits a marker is filled; beyond the 95% limits only, it is drawn in outline.
    private static string Fill(bool far, string colour) =>
        far ? $" fill=\"{colour}\"" : $" fill=\"#ffffff\" stroke=\"{colour}\" stroke-width=\"2\"";

    private static string Diamond(decimal x, decimal y) => $"{F(x)},{F(y - 5)} {F(x + 5)},{F(y)} {F(x)},{F(y + 5)} {F(x - 5)},{F(y)}";

    private static void Legend(StringBuilder svg, decimal y)
    {
        decimal x = Left;
        void Key(string shape, string label, decimal width)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<g data-key=\"{Encode(label)}\">{shape}<text x=\"{F(x + 18)}\" y=\"{F(y + 4)}\">{Encode(label)}</text></g>");
            x += width;
        }

        Key($"<line x1=\"{F(x)}\" x2=\"{F(x + 14)}\" y1=\"{F(y)}\" y2=\"{F(y)}\" stroke=\"#0b0c0c\" stroke-width=\"1.5\"/>", "Centre", 80m);
        Key($"<line x1=\"{F(x)}\" x2=\"{F(x + 14)}\" y1=\"{F(y)}\" y2=\"{F(y)}\" stroke=\"#505a5f\" stroke-width=\"1.5\" stroke-dasharray=\"6 3\"/>", "95% limits", 110m);
        Key($"<line x1=\"{F(x)}\" x2=\"{F(x + 14)}\" y1=\"{F(y)}\" y2=\"{F(y)}\" stroke=\"#505a5f\" stroke-width=\"1.5\" stroke-dasharray=\"2 3\"/>", "99.8% limits", 120m);
        y += 20m;
        x = Left;
        Key($"<polygon points=\"{Diamond(x + 7, y)}\"{Fill(true, "#1d70b8")}/>", "Better, beyond 99.8%", 150m);
        Key($"<polygon points=\"{Diamond(x + 7, y)}\"{Fill(false, "#1d70b8")}/>", "Better, beyond 95%", 140m);
        Key($"<rect x=\"{F(x + 3)}\" y=\"{F(y - 4)}\" width=\"8\" height=\"8\"{Fill(true, "#d4351c")}/>", "Worse, beyond 99.8%", 150m);
        Key($"<rect x=\"{F(x + 3)}\" y=\"{F(y - 4)}\" width=\"8\" height=\"8\"{Fill(false, "#d4351c")}/>", "Worse, beyond 95%", 140m);
        y += 20m;
        x = Left;
        Key($"<circle cx=\"{F(x + 7)}\" cy=\"{F(y)}\" r=\"3\" fill=\"#b1b4b6\" stroke=\"#505a5f\"/>", "Within the 95% limits", 190m);
        Key($"<circle cx=\"{F(x + 7)}\" cy=\"{F(y)}\" r=\"7\" fill=\"none\" stroke=\"#0b0c0c\" stroke-width=\"2.5\"/>", "The council", 120m);
    }

    private static string Code(BenchmarkOutcome outcome, FunnelPosition position) => outcome switch
    {
        BenchmarkOutcome.NotCompared => position == FunnelPosition.Within ? "within" : "beyond",
        _ => outcome.ToCode().Replace('_', '-'),
    };

    private static int Decimals(decimal step)
    {
        int decimals = 0;
        while (decimal.Round(step, decimals) != step && decimals < 4)
        {
            decimals++;
        }

        return decimals;
    }

    private static string F(decimal value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
