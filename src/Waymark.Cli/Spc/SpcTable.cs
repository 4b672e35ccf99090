using Waymark.Data.Files;
using Waymark.Figures;
using Waymark.Indicators;
using Waymark.Variation;

namespace Waymark.Cli.Spc;

/// <summary>
/// Writes an XmR chart as an aligned table for people: a row per period with its value, the mean, the limits and
/// two-sigma lines, and what its variation is in words; a line where the limits are worked out again; then the
/// variation and assurance icons in words.
/// </summary>
internal static class SpcTable
{
    private static readonly string[] Headings = ["Period", "Value", "Mean", "Lower limit", "Upper limit", "Lower 2σ", "Upper 2σ", "Variation"];

    public static void Write(TextWriter writer, IndicatorSeries series, XmrChart chart)
    {
        IndicatorDefinition indicator = series.Indicator;
        int lines = Math.Min(indicator.Decimals + 1, IndicatorDefinition.MaxDecimals);
        string better = indicator.Polarity switch
        {
            Polarity.Higher => "higher is better",
            Polarity.Lower => "lower is better",
            _ => "no better direction",
        };
        writer.WriteLine($"{indicator.Code}: {indicator.Title} ({better})");
        writer.WriteLine(Settings(chart.Settings));
        if (series.NotJudgeable > 0)
        {
            writer.WriteLine(series.NotJudgeable == 1
                ? "1 result is withheld or has no value, and is left out."
                : $"{series.NotJudgeable} results are withheld or have no value, and are left out.");
        }

        writer.WriteLine();
        if (chart.Points.Count == 0)
        {
            writer.WriteLine("There are no results to chart.");
        }
        else
        {
            WriteRows(writer, indicator, chart, lines);
        }

        writer.WriteLine();
        writer.WriteLine($"Variation: {VariationText.Variation(chart)}");
        string target = chart.Target is { } t ? $" (target {FigureText.WithUnit(t, indicator)})" : string.Empty;
        writer.WriteLine($"Assurance: {VariationText.Assurance(chart)}{target}");
    }

    private static void WriteRows(TextWriter writer, IndicatorDefinition indicator, XmrChart chart, int lines)
    {
        var rows = chart.Points.Select(p => new[]
        {
            p.Period.Label,
            FigureText.Number(p.Value, indicator.Decimals),
            Line(p.Limits?.Mean, lines),
            Line(p.Limits?.Lower, lines),
            Line(p.Limits?.Upper, lines),
            Line(p.Limits?.LowerTwoSigma, lines),
            Line(p.Limits?.UpperTwoSigma, lines),
            VariationText.Describe(p),
        }).ToList();
        int[] widths = [.. Headings.Select((h, i) => rows.Select(r => r[i].Length).Prepend(h.Length).Max())];
        WriteRow(writer, Headings, widths);
        WriteRow(writer, [.. widths.Select(w => new string('-', w))], widths);
        for (int s = 0; s < chart.Segments.Count; s++)
        {
            XmrSegment segment = chart.Segments[s];
            if (segment.Recalculation is { } r)
            {
                writer.WriteLine($"Limits worked out again from {segment.From.Label}: {r.Reason}");
            }

            if (VariationText.RunChart(segment, chart.Settings) is { } runChart)
            {
                writer.WriteLine(runChart);
            }

            for (int i = segment.FirstPoint; i < segment.FirstPoint + segment.Count; i++)
            {
                WriteRow(writer, rows[i], widths);
            }
        }
    }

    private static string Settings(XmrSettings settings)
    {
        var parts = new List<string>
        {
            $"shifts of {settings.ShiftLength}",
            $"trends of {settings.TrendLength}",
            $"limits from {settings.MinimumPoints} points or more",
        };
        if (settings.BaselinePoints is { } b)
        {
            parts.Add($"a baseline of the first {b}");
        }

        if (settings.ScreenMovingRangeOutliers)
        {
            parts.Add(settings.RecomputeMean ? "outlying moving ranges screened and the mean recomputed" : "outlying moving ranges screened");
        }

        if (!settings.BeyondThreeSigmaCountsTowardsTwoOfThree)
        {
            parts.Add("points beyond the limits not counted towards two of three");
        }

        return "XmR chart (Making Data Count): " + string.Join(", ", parts) + ".";
    }

    private static string Line(decimal? value, int decimals) => value is { } v ? FigureText.Number(DecimalRounding.HalfUp(v, decimals), decimals) : string.Empty;

    private static void WriteRow(TextWriter writer, string[] cells, int[] widths)
    {
        for (int i = 0; i < cells.Length; i++)
        {
            bool last = i == cells.Length - 1;
            string text = last ? cells[i] : i == 0 ? cells[i].PadRight(widths[i]) : cells[i].PadLeft(widths[i]);
            writer.Write(text);
            writer.Write(last ? string.Empty : "  ");
        }

        writer.WriteLine();
    }
}
