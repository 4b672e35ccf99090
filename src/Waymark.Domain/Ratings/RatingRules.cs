using Waymark.Indicators;
using Waymark.Results;

namespace Waymark.Ratings;

/// <summary>The traffic-light rules.</summary>
public static class RatingRules
{
    /// <summary>
    /// Rates <paramref name="value"/> against <paramref name="target"/>: green when it meets the target or is
    /// better; amber when it misses by no more than the tolerance (exactly at the tolerance is amber); red when it
    /// misses by more. Both are compared as given, so pass the rounded values a reader sees.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="polarity"/> is <see cref="Polarity.None"/>.</exception>
    public static Rating Compare(decimal value, decimal target, Polarity polarity, Tolerance tolerance)
    {
        decimal miss = polarity switch
        {
            Polarity.Higher => target - value,
            Polarity.Lower => value - target,
            _ => throw new ArgumentOutOfRangeException(nameof(polarity), polarity, "An indicator without polarity cannot be rated."),
        };

        if (miss <= 0m)
        {
            return Rating.Green;
        }

        return miss <= tolerance.AllowanceFor(target) ? Rating.Amber : Rating.Red;
    }

    /// <summary>
    /// Rates a result against the target that applies, or says why it cannot be, giving the first reason in this
    /// order: no polarity, data quality (withheld), no result, no target.
    /// </summary>
    public static RatingOutcome Rate(IndicatorDefinition indicator, IndicatorResult? result, decimal? target)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return Rate(indicator, result?.Value, result?.DataQuality ?? DataQuality.Ok, target);
    }

    /// <summary>As <see cref="Rate(IndicatorDefinition, IndicatorResult?, decimal?)"/>, for a bare value.</summary>
    public static RatingOutcome Rate(IndicatorDefinition indicator, decimal? value, DataQuality dataQuality, decimal? target)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        if (indicator.Polarity == Polarity.None)
        {
            return RatingOutcome.NotRated(NotRatedReason.NoPolarity);
        }

        if (dataQuality == DataQuality.Withheld)
        {
            return RatingOutcome.NotRated(NotRatedReason.DataQuality);
        }

        if (value is not { } v)
        {
            return RatingOutcome.NotRated(NotRatedReason.NoResult);
        }

        if (target is not { } t)
        {
            return RatingOutcome.NotRated(NotRatedReason.NoTarget);
        }

        return RatingOutcome.Rated(Compare(v, t, indicator.Polarity, indicator.Tolerance));
    }
}
