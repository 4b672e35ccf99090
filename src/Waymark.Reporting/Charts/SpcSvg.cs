using System.Globalization;
using System.Net;
using System.Text;

using Waymark.Variation;

namespace Waymark.Reporting.Charts;

/// <summary>Paints an XmR chart's layout as a self-contained SVG element.</summary>
internal static class SpcSvg
{
    public static string Paint(SpcLayout layout, string id, string? cssClass)
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

        foreach (SpcRule rule in layout.Rules)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<line data-mark=\"{Code(rule.Mark)}\" {Segment(rule.Segment)}{Stroke(rule.Mark)}/>");
        }

        svg.Append(CultureInfo.InvariantCulture, $"<polyline data-mark=\"result\" fill=\"none\"{Stroke(SpcMark.Result)} points=\"{string.Join(' ', layout.Line.Select(p => $"{F(p.X)},{F(p.Y)}"))}\"/>");
        foreach (SpcMarker marker in layout.Markers)
        {
            Marker(svg, marker.Mark, marker.At, $" data-point=\"{Encode(marker.Period)}\"");
        }

        foreach (SpcMarker marker in layout.Markers.Where(m => m.Label is not null))
        {
            Text(svg, marker.Label!, $" data-label=\"{Encode(marker.Period)}\" data-rules=\"{string.Join(' ', marker.Rules.Select(r => r.ToCode()))}\" font-weight=\"bold\"");
        }

        foreach (SpcKey key in layout.Legend)
        {
            if (key.Mark is SpcMark.Result or SpcMark.Mean or SpcMark.ProcessLimit or SpcMark.Target)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{F(key.At.X - 14)}\" x2=\"{F(key.At.X + 14)}\" y1=\"{F(key.At.Y)}\" y2=\"{F(key.At.Y)}\"{Stroke(key.Mark)}/>");
            }
            else if (key.Mark == SpcMark.Recalculation)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{F(key.At.X)}\" x2=\"{F(key.At.X)}\" y1=\"{F(key.At.Y - 7)}\" y2=\"{F(key.At.Y + 7)}\"{Stroke(key.Mark)}/>");
            }
            else
            {
                Marker(svg, key.Mark, key.At, string.Empty);
            }

            Text(svg, key.Label);
        }

        foreach (SpcRuleKey key in layout.RuleKeys)
        {
            Text(svg, key.Letter, $" data-key=\"{key.Rule.ToCode()}\" font-weight=\"bold\"");
            Text(svg, key.Label);
        }

        return svg.Append("</svg>").ToString();
    }

    private static void Marker(StringBuilder svg, SpcMark mark, ChartPoint at, string attributes)
    {
        string data = $" data-mark=\"{Code(mark)}\"{attributes}";
        decimal x = at.X;
        decimal y = at.Y;
        switch (mark)
        {
            case SpcMark.Improvement:
                svg.Append(CultureInfo.InvariantCulture, $"<polygon{data} points=\"{F(x)},{F(y - 6)} {F(x + 6)},{F(y)} {F(x)},{F(y + 6)} {F(x - 6)},{F(y)}\" fill=\"#1d70b8\"/>");
                break;
            case SpcMark.Concern:
                svg.Append(CultureInfo.InvariantCulture, $"<rect{data} x=\"{F(x - 5)}\" y=\"{F(y - 5)}\" width=\"10\" height=\"10\" fill=\"#d4351c\"/>");
                break;
            case SpcMark.Neither:
                svg.Append(CultureInfo.InvariantCulture, $"<polygon{data} points=\"{F(x)},{F(y - 6)} {F(x + 6)},{F(y + 5)} {F(x - 6)},{F(y + 5)}\" fill=\"#4c2c92\"/>");
                break;
            case SpcMark.NotAssessed:
                svg.Append(CultureInfo.InvariantCulture, $"<circle{data} cx=\"{F(x)}\" cy=\"{F(y)}\" r=\"4\" fill=\"#ffffff\" stroke=\"#505a5f\" stroke-width=\"1.5\"/>");
                break;
            default:
                svg.Append(CultureInfo.InvariantCulture, $"<circle{data} cx=\"{F(x)}\" cy=\"{F(y)}\" r=\"3.5\" fill=\"#505a5f\"/>");
                break;
        }
    }

    private static string Stroke(SpcMark mark) => mark switch
    {
        SpcMark.Mean => " stroke=\"#0b0c0c\" stroke-width=\"1.5\"",
        SpcMark.ProcessLimit => " stroke=\"#505a5f\" stroke-width=\"1.5\" stroke-dasharray=\"6 3\"",
        SpcMark.Target => " stroke=\"#00703c\" stroke-width=\"2\" stroke-dasharray=\"2 3\"",
        SpcMark.Recalculation => " stroke=\"#0b0c0c\" stroke-width=\"1\" stroke-dasharray=\"4 4\"",
        _ => " stroke=\"#b1b4b6\" stroke-width=\"2\"",
    };

    private static string Code(SpcMark mark) => mark switch
    {
        SpcMark.Result => "result",
        SpcMark.Mean => "mean",
        SpcMark.ProcessLimit => "limit",
        SpcMark.Target => "target",
        SpcMark.Recalculation => "recalculation",
        SpcMark.CommonCause => "common-cause",
        SpcMark.Improvement => "improvement",
        SpcMark.Concern => "concern",
        SpcMark.Neither => "neither",
        _ => "not-assessed",
    };

    private static void Text(StringBuilder svg, ChartText text, string attributes = "")
    {
        string anchor = text.Anchor switch
        {
            ChartAnchor.End => " text-anchor=\"end\"",
            ChartAnchor.Middle => " text-anchor=\"middle\"",
            _ => string.Empty,
        };
        string rotate = text.Rotation == 0m ? string.Empty : $" transform=\"rotate({F(text.Rotation)} {F(text.At.X)} {F(text.At.Y)})\"";
        svg.Append(CultureInfo.InvariantCulture, $"<text{attributes} x=\"{F(text.At.X)}\" y=\"{F(text.At.Y)}\"{anchor}{rotate}>{Encode(text.Text)}</text>");
    }

    private static string Segment(ChartSegment segment) =>
        $"x1=\"{F(segment.From.X)}\" x2=\"{F(segment.To.X)}\" y1=\"{F(segment.From.Y)}\" y2=\"{F(segment.To.Y)}\"";

    private static string F(decimal value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
