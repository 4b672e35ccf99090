using Waymark.Indicators;

namespace Waymark.Intervals;

/// <summary>An area's figures for a funnel plot: its count and denominator, from which its value is worked out.</summary>
/// <param name="Number">The area's number (an LA's DfE number).</param>
/// <param name="Name">The area's name.</param>
/// <param name="Numerator">The count.</param>
/// <param name="Denominator">What it is counted out of.</param>
public sealed record FunnelArea(int Number, string Name, decimal Numerator, decimal Denominator);

/// <summary>
/// An area on a funnel plot: its value (numerator / denominator times the unit's multiplier), the limits at its
/// denominator, where it lies against them and what that means by the indicator's polarity.
/// </summary>
/// <param name="Area">The area and its figures.</param>
/// <param name="Value">Its value, unrounded.</param>
/// <param name="Limits">The limits at its denominator.</param>
/// <param name="Position">Where it lies against them.</param>
/// <param name="Outcome">
/// Better or worse than the centre beyond the 95% limits, much better or much worse beyond the 99.8% limits, similar
/// within them; not compared for an indicator without polarity.
/// </param>
public sealed record FunnelPoint(FunnelArea Area, decimal Value, FunnelLimits Limits, FunnelPosition Position, BenchmarkOutcome Outcome);

/// <summary>An area left off a funnel plot, and why.</summary>
/// <param name="Area">The area and its figures.</param>
/// <param name="Reason">Why it is not plotted, as a reader sees it.</param>
public sealed record FunnelOmission(FunnelArea Area, string Reason);

/// <summary>
/// A funnel plot of every area with a count and a denominator for one measure and period: each area's value against
/// its denominator with the 95% and 99.8% limits around a centre (England's value) by <see cref="FunnelRules"/>, the
/// limit lines drawn at <see cref="Curve"/>'s denominators, and which areas lie beyond each limit.
/// </summary>
public sealed class FunnelPlot
{
    /// <summary>How many denominators the limit lines are worked out at, from the smallest area's to the largest's.</summary>
    public const int CurvePoints = 48;

    private FunnelPlot(Unit unit, Polarity polarity, decimal centre, IReadOnlyList<FunnelPoint> points, IReadOnlyList<FunnelOmission> omitted, IReadOnlyList<FunnelLimits> curve)
    {
        Unit = unit;
        Polarity = polarity;
        Centre = centre;
        Points = points;
        Omitted = omitted;
        Curve = curve;
    }

    /// <summary>The unit of the values.</summary>
    public Unit Unit { get; }

    /// <summary>Which way is better.</summary>
    public Polarity Polarity { get; }

    /// <summary>The value the limits are drawn around.</summary>
    public decimal Centre { get; }

    /// <summary>The areas plotted, in the order given.</summary>
    public IReadOnlyList<FunnelPoint> Points { get; }

    /// <summary>The areas that could not be plotted, with the reason.</summary>
    public IReadOnlyList<FunnelOmission> Omitted { get; }

    /// <summary>The limits at evenly spread denominators (on a logarithmic scale) from the smallest plotted to the largest, for drawing the lines.</summary>
    public IReadOnlyList<FunnelLimits> Curve { get; }

    /// <summary>The areas beyond the 99.8% limits, above or below.</summary>
    public IEnumerable<FunnelPoint> Beyond998 => Points.Where(p => p.Position is FunnelPosition.Above998 or FunnelPosition.Below998);

    /// <summary>The areas beyond the 95% limits but within the 99.8% limits.</summary>
    public IEnumerable<FunnelPoint> Beyond95Only => Points.Where(p => p.Position is FunnelPosition.Above95 or FunnelPosition.Below95);

    /// <summary>
    /// The funnel plot of <paramref name="areas"/> around <paramref name="centre"/>. An area is left off, with the
    /// reason, when its denominator is not more than 0, its count is negative, or a percentage's count is more than
    /// its denominator.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The unit has no interval, or the centre is not a value of the unit.</exception>
    public static FunnelPlot Build(Unit unit, Polarity polarity, decimal centre, IEnumerable<FunnelArea> areas)
    {
        ArgumentNullException.ThrowIfNull(areas);
        if (!IntervalRules.HasInterval(unit))
        {
            throw new ArgumentOutOfRangeException(nameof(unit), unit, "Only percentages, numbers and rates have a funnel plot.");
        }

        if (centre < 0m || (unit == Unit.Percent && centre > 100m))
        {
            throw new ArgumentOutOfRangeException(nameof(centre), centre, "The centre must be a value of the unit.");
        }

        var points = new List<FunnelPoint>();
        var omitted = new List<FunnelOmission>();
        foreach (FunnelArea area in areas)
        {
            string? reason = area.Denominator <= 0m ? "its denominator is 0"
                : area.Numerator < 0m ? "its count is below 0"
                : unit == Unit.Percent && area.Numerator > area.Denominator ? "its count is more than its denominator"
                : null;
            if (reason is not null)
            {
                omitted.Add(new FunnelOmission(area, reason));
                continue;
            }

            FunnelLimits limits = FunnelRules.At(unit, centre, area.Denominator);
            decimal value = area.Numerator / area.Denominator * unit.Multiplier();
            FunnelPosition position = limits.Place(value);
            points.Add(new FunnelPoint(area, value, limits, position, Outcome(position, polarity)));
        }

        return new FunnelPlot(unit, polarity, centre, points, omitted, CurveOf(unit, centre, points));
    }

    /// <summary>What a position means by polarity: above is better when higher is better, worse when lower is.</summary>
    public static BenchmarkOutcome Outcome(FunnelPosition position, Polarity polarity)
    {
        if (polarity == Polarity.None)
        {
            return BenchmarkOutcome.NotCompared;
        }

        bool higherBetter = polarity == Polarity.Higher;
        return position switch
        {
            FunnelPosition.Within => BenchmarkOutcome.Similar,
            FunnelPosition.Above95 => higherBetter ? BenchmarkOutcome.Better : BenchmarkOutcome.Worse,
            FunnelPosition.Above998 => higherBetter ? BenchmarkOutcome.MuchBetter : BenchmarkOutcome.MuchWorse,
            FunnelPosition.Below95 => higherBetter ? BenchmarkOutcome.Worse : BenchmarkOutcome.Better,
            FunnelPosition.Below998 => higherBetter ? BenchmarkOutcome.MuchWorse : BenchmarkOutcome.MuchBetter,
            _ => throw new ArgumentOutOfRangeException(nameof(position), position, "Unknown position."),
        };
    }

    private static List<FunnelLimits> CurveOf(Unit unit, decimal centre, List<FunnelPoint> points)
    {
        if (points.Count == 0)
        {
            return [];
        }

        double smallest = Math.Max(1d, (double)points.Min(p => p.Area.Denominator));
        double largest = Math.Max(smallest, (double)points.Max(p => p.Area.Denominator));
        var curve = new List<FunnelLimits>(CurvePoints);
        decimal previous = -1m;
        for (int i = 0; i < CurvePoints; i++)
        {
            double at = smallest * Math.Pow(largest / smallest, i / (double)(CurvePoints - 1));
            decimal denominator = Math.Round((decimal)at, MidpointRounding.AwayFromZero);
            if (denominator > previous)
            {
                curve.Add(FunnelRules.At(unit, centre, denominator));
                previous = denominator;
            }
        }

        return curve;
    }
}
