namespace Waymark.Reporting.Charts;

/// <summary>
/// A chart's vertical scale on round numbers: from <see cref="Low"/> to <see cref="High"/> in steps of 1, 2, 2.5 or 5
/// times a power of ten, so that every grid line is labelled with a number a reader would write (0, 20, 40, 60, 80
/// rather than 0, 19.8, 39.6...).
/// </summary>
public sealed record ChartScale(decimal Low, decimal High, decimal Step)
{
    private static readonly decimal[] Multiples = [1m, 2m, 2.5m, 5m, 10m];

    /// <summary>A scale taking in every value and zero when all values are positive, in about <paramref name="intervals"/> steps.</summary>
    public static ChartScale Around(IReadOnlyCollection<decimal> values, int intervals = 4)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentOutOfRangeException.ThrowIfLessThan(intervals, 1);
        if (values.Count == 0)
        {
            return new ChartScale(0m, 1m, 0.25m);
        }

        decimal min = Math.Min(values.Min(), 0m);
        decimal max = values.Max();
        if (max == min)
        {
            max = min + Math.Max(Math.Abs(min), 1m);
        }

        decimal raw = (max - min) / intervals;
        decimal magnitude = 1m;
        while (magnitude * 10m <= raw)
        {
            magnitude *= 10m;
        }

        while (magnitude > raw)
        {
            magnitude /= 10m;
        }

        decimal step = Multiples.Select(m => m * magnitude).First(s => s >= raw);
        decimal low = Math.Floor(min / step) * step;
        decimal high = Math.Ceiling(max / step) * step;
        return new ChartScale(low, high, step);
    }

    /// <summary>The values of the grid lines, from low to high.</summary>
    public IReadOnlyList<decimal> Ticks()
    {
        var ticks = new List<decimal>();
        for (decimal v = Low; v <= High; v += Step)
        {
            ticks.Add(v);
        }

        return ticks;
    }

    /// <summary>How many decimal places the step needs, so that labels show each tick exactly.</summary>
    public int Decimals
    {
        get
        {
            int places = 0;
            decimal scaled = Step;
            while (scaled % 1m != 0m && places < 6)
            {
                scaled *= 10m;
                places++;
            }

            return places;
        }
    }
}
