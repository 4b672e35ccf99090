using System.Globalization;

using SkiaSharp;

namespace Waymark.Reporting.Charts;

/// <summary>Paints a trend chart's layout as a PNG picture with SkiaSharp, in the same colours, dashes and places as the SVG.</summary>
internal static class TrendPng
{
    private const float FontSize = 12f;

    public static byte[] Paint(TrendLayout layout, int scale)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(scale, 1);
        var info = new SKImageInfo(layout.Width * scale, layout.Height * scale, SKColorType.Rgba8888, SKAlphaType.Opaque);
        using SKSurface surface = SKSurface.Create(info) ?? throw new InvalidOperationException($"SkiaSharp could not make a {info.Width} by {info.Height} picture.");
        SKCanvas canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        canvas.Scale(scale);
        if (!layout.IsEmpty)
        {
            Draw(canvas, layout);
        }

        canvas.Flush();
        using SKPixmap pixels = surface.PeekPixels();

        // A chart is mostly flat colour: the Sub filter and light compression make a small file quickly.
        using SKData png = pixels.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.Sub, 3))
            ?? throw new InvalidOperationException("SkiaSharp could not encode a chart as PNG.");
        return png.ToArray();
    }

    private static void Draw(SKCanvas canvas, TrendLayout layout)
    {
        using var font = new SKFont(ChartFont.Typeface, FontSize);
        using var text = new SKPaint { Color = SKColors.Black, IsAntialias = true };
        using (var frame = new SKPaint { Color = SKColor.Parse("#b1b4b6"), Style = SKPaintStyle.Stroke, StrokeWidth = 1f, IsAntialias = true })
        {
            canvas.DrawRect(F(layout.PlotOrigin.X), F(layout.PlotOrigin.Y), F(layout.PlotWidth), F(layout.PlotHeight), frame);
        }

        using (var grid = new SKPaint { Color = SKColor.Parse("#f3f2f1"), Style = SKPaintStyle.Stroke, StrokeWidth = 1f, IsAntialias = true })
        {
            foreach (TrendTick tick in layout.Ticks)
            {
                Line(canvas, tick.Gridline, grid);
                Text(canvas, tick.Label, font, text);
            }
        }

        foreach (ChartText label in layout.PeriodLabels)
        {
            Text(canvas, label, font, text);
        }

        foreach (TrendLine line in layout.Lines)
        {
            SKColor colour = SKColor.Parse(line.Series.Colour);
            using SKPathEffect? dash = Dash(line.Series.Dash);
            using var stroke = new SKPaint
            {
                Color = colour,
                Style = SKPaintStyle.Stroke,
                StrokeWidth = 2.5f,
                StrokeJoin = SKStrokeJoin.Miter,
                IsAntialias = true,
                PathEffect = dash,
            };
            using var fill = new SKPaint { Color = colour, Style = SKPaintStyle.Fill, IsAntialias = true };
            if (line.Points.Count > 1)
            {
                using var builder = new SKPathBuilder();
                builder.MoveTo(F(line.Points[0].X), F(line.Points[0].Y));
                foreach (ChartPoint point in line.Points.Skip(1))
                {
                    builder.LineTo(F(point.X), F(point.Y));
                }

                using SKPath path = builder.Detach();
                canvas.DrawPath(path, stroke);
            }

            foreach (ChartPoint point in line.Points)
            {
                canvas.DrawCircle(F(point.X), F(point.Y), 3f, fill);
            }

            Line(canvas, line.LegendKey, stroke);
            Text(canvas, line.LegendLabel, font, text);
        }
    }

    private static SKPathEffect? Dash(string pattern)
    {
        if (pattern.Length == 0)
        {
            return null;
        }

        float[] intervals = [.. pattern.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(d => float.Parse(d, CultureInfo.InvariantCulture))];
        return SKPathEffect.CreateDash(intervals, 0f);
    }

    private static void Line(SKCanvas canvas, ChartSegment segment, SKPaint paint) =>
        canvas.DrawLine(F(segment.From.X), F(segment.From.Y), F(segment.To.X), F(segment.To.Y), paint);

    private static void Text(SKCanvas canvas, ChartText label, SKFont font, SKPaint paint)
    {
        SKTextAlign align = label.Anchor switch
        {
            ChartAnchor.End => SKTextAlign.Right,
            ChartAnchor.Middle => SKTextAlign.Center,
            _ => SKTextAlign.Left,
        };
        canvas.Save();
        if (label.Rotation != 0m)
        {
            canvas.RotateDegrees(F(label.Rotation), F(label.At.X), F(label.At.Y));
        }

        canvas.DrawText(label.Text, F(label.At.X), F(label.At.Y), align, font, paint);
        canvas.Restore();
    }

    private static float F(decimal value) => (float)value;
}
