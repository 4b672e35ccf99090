using System.Globalization;
using Waymark.Reporting.Charts;

namespace Waymark.Web.Performance;

/// <summary>
/// The geometry of a line chart of an indicator's results and targets over time, drawn as SVG with presentation
/// attributes only (so the content security policy needs no inline styles).
/// </summary>
public sealed class TrendChart
{
    public const int Width = 640;
    public const int Height = 300;
    public const int Left = 70;
    public const int Right = 20;
    public const int Top = 20;
    public const int Bottom = 50;

    private readonly ChartScale scale;

    public TrendChart(IReadOnlyList<TrendPoint> points, int decimals)
    {
        ArgumentNullException.ThrowIfNull(points);
        Points = points;
        Decimals = decimals;
        scale = ChartScale.Around([.. points.SelectMany(p => new[] { p.Value, p.Target }).OfType<decimal>()]);
    }

    public IReadOnlyList<TrendPoint> Points { get; }

    public int Decimals { get; }

    public string X(int index) => Format(Points.Count <= 1
        ? Left + ((Width - Left - Right) / 2m)
        : Left + (index * (Width - Left - Right) / (decimal)(Points.Count - 1)));

    public string Y(decimal value) => Format(Top + ((scale.High - value) * (Height - Top - Bottom) / (scale.High - scale.Low)));

    /// <summary>The polyline through the values, or through the targets.</summary>
    public string Line(bool targets) => string.Join(' ', Points
        .Select((p, i) => (Value: targets ? p.Target : p.Value, Index: i))
        .Where(p => p.Value is not null)
        .Select(p => $"{X(p.Index)},{Y(p.Value!.Value)}"));

    /// <summary>Round values over the vertical axis, for its labels and grid lines.</summary>
    public IEnumerable<decimal> Ticks() => scale.Ticks();

    public string Label(decimal tick) => Display.Number(tick, scale.Decimals);

    public string Baseline => Format(Height - Bottom);

    /// <summary>An SVG <c>text</c> element with its content encoded.</summary>
    public static string Text(string x, string y, string anchor, int size, string content, string? baseline = null) =>
        $"<text x=\"{x}\" y=\"{y}\" text-anchor=\"{anchor}\" font-size=\"{size.ToString(CultureInfo.InvariantCulture)}\" fill=\"#0b0c0c\"" +
        (baseline is null ? string.Empty : $" dominant-baseline=\"{baseline}\"") + $">{System.Net.WebUtility.HtmlEncode(content)}</text>";

    private static string Format(decimal coordinate) => Math.Round(coordinate, 1).ToString("0.#", CultureInfo.InvariantCulture);
}
