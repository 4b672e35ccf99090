using MathNet.Numerics.Distributions;

using Waymark.Indicators;

namespace Waymark.Intervals;

/// <summary>
/// Confidence intervals for values worked out from a numerator and a denominator, by the methods Public Health
/// England publishes in its "Technical Guide: Confidence intervals" (2018) and the Fingertips public health
/// technical guidance ("Proportions", "Rates"): the Wilson score method for percentages; for counts and rates,
/// exact Poisson limits from the chi-squared distribution when the count is under 10 and Byar's method from 10 up.
/// The distribution functions are MathNet.Numerics'; values go in and come out as <see cref="decimal"/>, unrounded.
/// </summary>
public static class IntervalRules
{
    /// <summary>The count from which Byar's method is used; below it the exact Poisson limits are (PHE: "Counts of less than 10").</summary>
    public const decimal ByarFrom = 10m;

    /// <summary>
    /// The standard normal quantile for a two-sided interval at <paramref name="level"/>: about 1.95996 for 95% and
    /// 3.09023 for 99.8%.
    /// </summary>
    public static double Z(ConfidenceLevel level) => Normal.InvCDF(0d, 1d, 1d - (Alpha(level) / 2d));

    /// <summary>Whether <paramref name="unit"/> has a confidence interval: percentages, numbers (counts) and rates do; days, money and scores do not.</summary>
    public static bool HasInterval(Unit unit) => unit is Unit.Percent or Unit.Number or Unit.RatePer1000 or Unit.RatePer10000 or Unit.RatePer100000;

    /// <summary>
    /// The interval around numerator / denominator in <paramref name="unit"/>: Wilson score for a percentage; exact
    /// Poisson or Byar for a number or a rate, the numerator being the count of events. False, with a message for the
    /// person who gave the figures, when the unit has no interval, the numerator is negative, the denominator is not
    /// more than 0, or a percentage's numerator is more than its denominator.
    /// </summary>
    public static bool TryCalculate(Unit unit, decimal numerator, decimal denominator, ConfidenceLevel level, out ConfidenceInterval interval, out string? error)
    {
        interval = default;
        error = Check(unit, numerator, denominator);
        if (error is not null)
        {
            return false;
        }

        interval = unit == Unit.Percent
            ? Wilson(numerator, denominator, level, unit.Multiplier())
            : Poisson(numerator, denominator, level, unit.Multiplier());
        return true;
    }

    /// <summary>
    /// The Wilson score interval for a proportion <paramref name="observed"/> / <paramref name="total"/>, times
    /// <paramref name="multiplier"/> (100 for a percentage): (2O + z² ± z√(z² + 4Oq)) / 2(n + z²), q = 1 - O/n. It
    /// never leaves [0, 1]: at O = 0 the lower end is 0, at O = n the upper end is 1.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The total is not more than 0, or the observed is negative or more than the total.</exception>
    public static ConfidenceInterval Wilson(decimal observed, decimal total, ConfidenceLevel level, decimal multiplier = 100m)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(total);
        ArgumentOutOfRangeException.ThrowIfNegative(observed);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(observed, total);
        double o = (double)observed;
        double n = (double)total;
        double z = Z(level);
        double q = 1d - (o / n);
        double root = z * Math.Sqrt((z * z) + (4d * o * q));
        double lower = observed == 0m ? 0d : Math.Max(0d, ((2d * o) + (z * z) - root) / (2d * (n + (z * z))));
        double upper = observed == total ? 1d : Math.Min(1d, ((2d * o) + (z * z) + root) / (2d * (n + (z * z))));
        return new ConfidenceInterval(observed / total * multiplier, ToDecimal(lower) * multiplier, ToDecimal(upper) * multiplier, level, IntervalMethod.WilsonScore);
    }

    /// <summary>
    /// The interval for a count of <paramref name="count"/> events over <paramref name="denominator"/>, times
    /// <paramref name="multiplier"/> (10,000 for a rate per 10,000; 1 with a denominator of 1 for a plain count).
    /// Under 10 events, the exact limits χ²(α/2; 2O) / 2 and χ²(1 - α/2; 2O + 2) / 2 (the lower limit is 0 when there
    /// are none); from 10, Byar's O(1 - 1/9O - z/3√O)³ and (O + 1)(1 - 1/9(O + 1) + z/3√(O + 1))³.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The denominator is not more than 0, or the count is negative.</exception>
    public static ConfidenceInterval Poisson(decimal count, decimal denominator, ConfidenceLevel level, decimal multiplier = 1m)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(denominator);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        double o = (double)count;
        double alpha = Alpha(level);
        double lower;
        double upper;
        IntervalMethod method;
        if (count < ByarFrom)
        {
            lower = count == 0m ? 0d : ChiSquared.InvCDF(2d * o, alpha / 2d) / 2d;
            upper = ChiSquared.InvCDF((2d * o) + 2d, 1d - (alpha / 2d)) / 2d;
            method = IntervalMethod.ExactPoisson;
        }
        else
        {
            double z = Z(level);
            lower = o * Math.Pow(1d - (1d / (9d * o)) - (z / (3d * Math.Sqrt(o))), 3);
            upper = (o + 1d) * Math.Pow(1d - (1d / (9d * (o + 1d))) + (z / (3d * Math.Sqrt(o + 1d))), 3);
            method = IntervalMethod.Byar;
        }

        decimal scale = multiplier / denominator;
        return new ConfidenceInterval(count * scale, ToDecimal(lower) * scale, ToDecimal(upper) * scale, level, method);
    }

    private static string? Check(Unit unit, decimal numerator, decimal denominator)
    {
        if (!HasInterval(unit))
        {
            return $"There is no confidence interval for a value in {IndicatorCodes.ToCode(unit)}: intervals are for percentages, numbers and rates";
        }

        if (numerator < 0m)
        {
            return "The numerator must be 0 or more";
        }

        if (denominator <= 0m)
        {
            return "The denominator must be more than 0";
        }

        return unit == Unit.Percent && numerator > denominator
            ? "The numerator cannot be more than the denominator for a percentage"
            : null;
    }

    private static double Alpha(ConfidenceLevel level) => level switch
    {
        ConfidenceLevel.Percent95 => 0.05d,
        ConfidenceLevel.Percent99Point8 => 0.002d,
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "Unknown confidence level."),
    };

    // A double holds about 15 significant digits, which is all the distribution functions give.
    private static decimal ToDecimal(double value) => (decimal)value;
}
