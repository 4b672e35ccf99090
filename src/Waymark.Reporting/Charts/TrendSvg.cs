using System.Globalization;
using System.Net;
using System.Text;

using Waymark.Texts;

namespace Waymark.Reporting.Charts;

/// <summary>Paints a trend chart's layout as a self-contained SVG element.</summary>
internal static class TrendSvg
{
    public static string Paint(TrendLayout layout, string id, string? cssClass = null)
    {
        var svg = new StringBuilder();
        string @class = cssClass is null ? string.Empty : $" class=\"{Encode(cssClass)}\"";
        svg.Append(CultureInfo.InvariantCulture, $"<svg{@class} xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"{id}-title\" aria-describedby=\"{id}-desc\" viewBox=\"0 0 {layout.Width} {layout.Height}\" width=\"{layout.Width}\" height=\"{layout.Height}\" font-family=\"Arial, sans-serif\" font-size=\"12\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-title\">{Encode(layout.Title)}; the same figures are in the table that follows.</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<desc id=\"{id}-desc\">{Encode(layout.Description)}</desc>");
        if (layout.IsEmpty)
        {
            return svg.Append("</svg>").ToString();
        }

        svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{F(layout.PlotOrigin.X)}\" y=\"{F(layout.PlotOrigin.Y)}\" width=\"{F(layout.PlotWidth)}\" height=\"{F(layout.PlotHeight)}\" fill=\"#ffffff\" stroke=\"#b1b4b6\"/>");
        foreach (TrendTick tick in layout.Ticks)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<line {Segment(tick.Gridline)} stroke=\"#f3f2f1\"/>");
            Text(svg, tick.Label);
        }

        foreach (ChartText label in layout.PeriodLabels)
        {
            Text(svg, label);
        }

        if (layout.Whiskers is { } whiskers)
        {
            // Each whisker is drawn under the lines, with a cap at either end, so that the points stay visible.
            foreach (TrendWhisker whisker in whiskers.Whiskers)
            {
                ChartSegment w = whisker.Line;
                svg.Append(CultureInfo.InvariantCulture, $"<g data-mark=\"interval\" data-interval-period=\"{Encode(whisker.Period)}\" stroke=\"#0b0c0c\" stroke-width=\"1.5\"><line {Segment(w)}/><line x1=\"{F(w.From.X - 4)}\" x2=\"{F(w.From.X + 4)}\" y1=\"{F(w.From.Y)}\" y2=\"{F(w.From.Y)}\"/><line x1=\"{F(w.To.X - 4)}\" x2=\"{F(w.To.X + 4)}\" y1=\"{F(w.To.Y)}\" y2=\"{F(w.To.Y)}\"/></g>");
            }

            svg.Append(CultureInfo.InvariantCulture, $"<line {Segment(whiskers.LegendKey)} stroke=\"#0b0c0c\" stroke-width=\"1.5\"/>");
            Text(svg, whiskers.LegendLabel);
        }

        foreach (TrendLine line in layout.Lines)
        {
            TrendSeries s = line.Series;
            string dash = s.Dash.Length == 0 ? string.Empty : $" stroke-dasharray=\"{s.Dash}\"";
            svg.Append(CultureInfo.InvariantCulture, $"<polyline data-series=\"{Encode(s.Name)}\" fill=\"none\" stroke=\"{s.Colour}\" stroke-width=\"2.5\"{dash} points=\"{string.Join(' ', line.Points.Select(p => $"{F(p.X)},{F(p.Y)}"))}\"/>");
            foreach (ChartPoint point in line.Points)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{F(point.X)}\" cy=\"{F(point.Y)}\" r=\"3\" fill=\"{s.Colour}\"/>");
            }

            svg.Append(CultureInfo.InvariantCulture, $"<line {Segment(line.LegendKey)} stroke=\"{s.Colour}\" stroke-width=\"2.5\"{dash}/>");
            Text(svg, line.LegendLabel);
        }

        return svg.Append("</svg>").ToString();
    }

    private static void Text(StringBuilder svg, ChartText text)
    {
        string anchor = text.Anchor switch
        {
            ChartAnchor.End => " text-anchor=\"end\"",
            ChartAnchor.Middle => " text-anchor=\"middle\"",
            _ => string.Empty,
        };
        string rotate = text.Rotation == 0m ? string.Empty : $" transform=\"rotate({F(text.Rotation)} {F(text.At.X)} {F(text.At.Y)})\"";
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(text.At.X)}\" y=\"{F(text.At.Y)}\"{anchor}{rotate}>{Encode(text.Text)}</text>");
    }

    private static string Segment(ChartSegment segment) =>
        $"x1=\"{F(segment.From.X)}\" x2=\"{F(segment.To.X)}\" y1=\"{F(segment.From.Y)}\" y2=\"{F(segment.To.Y)}\"";

    private static string F(decimal value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static string Encode(string text) => WebUtility.HtmlEncode(PlainText.Writable(text));
}
