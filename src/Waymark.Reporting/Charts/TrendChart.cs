using System.Globalization;
using System.Net;
using System.Text;

using Waymark.Reporting.Content;
using Waymark.Reporting.Text;

namespace Waymark.Reporting.Charts;

/// <summary>
/// A highlighted indicator's trend as a self-contained SVG line chart: the result, the target and each comparator,
/// each line drawn in its own dash pattern and named in a legend, so that nothing depends on colour alone.
/// </summary>
public static class TrendChart
{
    private const int Width = 640;
    private const int Height = 300;
    private const int Left = 70;
    private const int Right = 170;
    private const int Top = 20;
    private const int Bottom = 64;

    public static IReadOnlyList<TrendSeries> Series(HighlightedIndicator highlight)
    {
        ArgumentNullException.ThrowIfNull(highlight);
        var all = new List<TrendSeries>
        {
            new("Result", "#1d70b8", string.Empty, [.. highlight.Trend.Select(p => p.Value)]),
            new("Target", "#505a5f", "8 4", [.. highlight.Trend.Select(p => p.Target)]),
            new("England", "#d4351c", "2 3", [.. highlight.Trend.Select(p => p.England)]),
            new("Region", "#00703c", "10 3 2 3", [.. highlight.Trend.Select(p => p.Region)]),
            new("Statistical neighbours", "#6f3092", "4 2", [.. highlight.Trend.Select(p => p.Neighbours)]),
        };
        return [.. all.Where(s => s.Values.Any(v => v is not null))];
    }

    public static string Svg(HighlightedIndicator highlight, string id)
    {
        ArgumentNullException.ThrowIfNull(highlight);
        IndicatorLine line = highlight.Line;
        IReadOnlyList<TrendSeries> series = Series(highlight);
        var values = series.SelectMany(s => s.Values).OfType<decimal>().ToList();
        int count = highlight.Trend.Count;
        var svg = new StringBuilder();
        string title = $"{line.Code} {line.Title}: trend to {highlight.Trend.LastOrDefault()?.Period}";
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"{id}-title\" viewBox=\"0 0 {Width} {Height}\" width=\"{Width}\" height=\"{Height}\" font-family=\"Arial, sans-serif\" font-size=\"12\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-title\">{Encode(title)}; the same figures are in the table that follows.</title>");
        if (values.Count == 0 || count == 0)
        {
            return svg.Append("</svg>").ToString();
        }

        decimal min = Math.Min(values.Min(), 0m);
        decimal max = values.Max();
        if (max == min)
        {
            max = min + 1m;
        }

        max += (max - min) * 0.1m;
        decimal plotWidth = Width - Left - Right;
        decimal plotHeight = Height - Top - Bottom;
        decimal X(int i) => Left + (count == 1 ? plotWidth / 2 : plotWidth * i / (count - 1));
        decimal Y(decimal v) => Top + (plotHeight * (max - v) / (max - min));

        svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{Left}\" y=\"{Top}\" width=\"{plotWidth}\" height=\"{plotHeight}\" fill=\"#ffffff\" stroke=\"#b1b4b6\"/>");
        for (int tick = 0; tick <= 4; tick++)
        {
            decimal v = min + ((max - min) * tick / 4);
            decimal y = Y(v);
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" x2=\"{Left + plotWidth}\" y1=\"{F(y)}\" y2=\"{F(y)}\" stroke=\"#f3f2f1\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 6}\" y=\"{F(y + 4)}\" text-anchor=\"end\">{Encode(ReportNumbers.Number(v, line.Decimals))}</text>");
        }

        for (int i = 0; i < count; i++)
        {
            decimal ty = Height - Bottom + 16;
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(X(i))}\" y=\"{F(ty)}\" text-anchor=\"end\" transform=\"rotate(-35 {F(X(i))} {F(ty)})\">{Encode(highlight.Trend[i].Period)}</text>");
        }

        int legend = 0;
        foreach (TrendSeries s in series)
        {
            var points = s.Values.Select((v, i) => v is { } value ? $"{F(X(i))},{F(Y(value))}" : null).OfType<string>().ToList();
            string dash = s.Dash.Length == 0 ? string.Empty : $" stroke-dasharray=\"{s.Dash}\"";
            svg.Append(CultureInfo.InvariantCulture, $"<polyline fill=\"none\" stroke=\"{s.Colour}\" stroke-width=\"2.5\"{dash} points=\"{string.Join(' ', points)}\"/>");
            foreach (string point in points)
            {
                string[] xy = point.Split(',');
                svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{xy[0]}\" cy=\"{xy[1]}\" r=\"3\" fill=\"{s.Colour}\"/>");
            }

            decimal ly = Top + 10 + (legend * 22);
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Width - Right + 12}\" x2=\"{Width - Right + 40}\" y1=\"{F(ly)}\" y2=\"{F(ly)}\" stroke=\"{s.Colour}\" stroke-width=\"2.5\"{dash}/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Width - Right + 46}\" y=\"{F(ly + 4)}\">{Encode(s.Name)}</text>");
            legend++;
        }

        return svg.Append("</svg>").ToString();
    }

    private static string F(decimal value) => Math.Round(value, 1, MidpointRounding.AwayFromZero).ToString("0.0", CultureInfo.InvariantCulture);

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
