using Waymark.Indicators;

namespace Waymark.Intervals;

/// <summary>
/// The control limits of a funnel plot: how far from a centre (England's value) an area's value may lie by chance
/// alone, given its denominator. They are the inverse of the confidence intervals Waymark puts around every value
/// (<see cref="IntervalRules"/>), as Public Health England's Fingertips technical guidance draws its funnel plots:
/// an area lies within a level's limits exactly when the centre lies within its interval at that level, so a funnel
/// plot never disagrees with "better, similar or worse than England" beside the rating.
/// <list type="bullet">
/// <item>A percentage: the values whose Wilson score interval just reaches the centre P, which come out as
/// P ± z√(P(1 − P) / n), kept within [0, 100].</item>
/// <item>A count or a rate: the counts whose exact Poisson (under 10) or Byar interval just reaches the expected count
/// (the centre times the denominator), found by halving, then divided by the denominator; 0 when every count down to
/// none has the expected count within its interval.</item>
/// </list>
/// </summary>
public static class FunnelRules
{
    private const int Halvings = 80;

    /// <summary>
    /// The lower and upper limits at <paramref name="level"/> around <paramref name="centre"/> (in the unit, such as
    /// 24.5 for 24.5%) for an area whose denominator is <paramref name="denominator"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">
    /// The unit has no interval, the denominator is not more than 0, or the centre is not a value of the unit (a
    /// percentage outside [0, 100], a count or a rate below 0).
    /// </exception>
    public static (decimal Lower, decimal Upper) Limits(Unit unit, decimal centre, decimal denominator, ConfidenceLevel level)
    {
        if (!IntervalRules.HasInterval(unit))
        {
            throw new ArgumentOutOfRangeException(nameof(unit), unit, "Only percentages, numbers and rates have funnel limits.");
        }

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(denominator);
        ArgumentOutOfRangeException.ThrowIfNegative(centre);
        decimal multiplier = unit.Multiplier();
        if (unit == Unit.Percent)
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThan(centre, 100m);
            double p = (double)(centre / multiplier);
            double half = IntervalRules.Z(level) * Math.Sqrt(p * (1d - p) / (double)denominator);
            return (Math.Max(0m, (decimal)(p - half) * multiplier), Math.Min(100m, (decimal)(p + half) * multiplier));
        }

        decimal expected = centre / multiplier * denominator;
        decimal scale = multiplier / denominator;
        if (expected == 0m)
        {
            return (0m, 0m);
        }

        decimal Lowest(decimal count) => IntervalRules.Poisson(count, 1m, level).Lower;
        decimal Highest(decimal count) => IntervalRules.Poisson(count, 1m, level).Upper;
        double top = (double)expected + (20d * Math.Sqrt((double)expected)) + 50d;

        // The upper limit: the count whose interval's lower end is the expected count.
        decimal upper = Solve(Lowest, expected, 0d, top);

        // The lower limit: the count whose interval's upper end is the expected count; none below 0.
        decimal lower = Highest(0m) >= expected ? 0m : Solve(Highest, expected, 0d, top);
        return (lower * scale, upper * scale);
    }

    /// <summary>The four limits at one denominator: 95% and 99.8%, lower and upper.</summary>
    public static FunnelLimits At(Unit unit, decimal centre, decimal denominator)
    {
        (decimal l95, decimal u95) = Limits(unit, centre, denominator, ConfidenceLevel.Percent95);
        (decimal l998, decimal u998) = Limits(unit, centre, denominator, ConfidenceLevel.Percent99Point8);
        return new FunnelLimits(denominator, l95, u95, l998, u998);
    }

    // The count in [low, high] at which the rising end(count) reaches target, by halving.
    private static decimal Solve(Func<decimal, decimal> end, decimal target, double low, double high)
    {
        for (int i = 0; i < Halvings && high - low > 1e-9; i++)
        {
            double middle = (low + high) / 2d;
            if (end((decimal)middle) < target)
            {
                low = middle;
            }
            else
            {
                high = middle;
            }
        }

        return (decimal)((low + high) / 2d);
    }
}
