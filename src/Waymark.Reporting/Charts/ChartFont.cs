using SkiaSharp;

namespace Waymark.Reporting.Charts;

/// <summary>
/// The typeface a chart's PNG labels are drawn in: a sans-serif font file from the system's Debian font packages
/// (fonts-dejavu-core, or fonts-liberation), read from its path, as the picture must not depend on font settings.
/// </summary>
internal static class ChartFont
{
    public static IReadOnlyList<string> Candidates { get; } =
    [
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
        "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
    ];

    private static readonly Lazy<SKTypeface> Loaded = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    public static SKTypeface Typeface => Loaded.Value;

    private static SKTypeface Load()
    {
        foreach (string path in Candidates)
        {
            if (File.Exists(path) && SKTypeface.FromFile(path) is { } typeface)
            {
                return typeface;
            }
        }

        throw new InvalidOperationException(
            $"A chart's labels are drawn in DejaVu Sans or Liberation Sans, and there is none of {string.Join(", ", Candidates)}: install the Debian package fonts-dejavu-core (scripts/setup does).");
    }
}
