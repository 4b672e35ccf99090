using Waymark.Indicators;
using Waymark.Results;

namespace Waymark.Ratings;

/// <summary>The direction-of-travel rule.</summary>
public static class DirectionRules
{
    /// <summary>
    /// Compares <paramref name="current"/> with <paramref name="yearEarlier"/>, both rounded to the indicator's
    /// decimals: static when equal; otherwise improving or deteriorating by polarity, or increased or decreased
    /// for an indicator without polarity; not comparable when either is missing.
    /// </summary>
    public static DirectionOfTravel Compare(IndicatorDefinition indicator, decimal? current, decimal? yearEarlier)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        if (current is not { } now || yearEarlier is not { } then)
        {
            return DirectionOfTravel.NotComparable;
        }

        int change = Math.Sign(indicator.Round(now).CompareTo(indicator.Round(then)));
        return (change, indicator.Polarity) switch
        {
            (0, _) => DirectionOfTravel.Static,
            (1, Polarity.Higher) or (-1, Polarity.Lower) => DirectionOfTravel.Improving,
            (-1, Polarity.Higher) or (1, Polarity.Lower) => DirectionOfTravel.Deteriorating,
            (1, _) => DirectionOfTravel.Increased,
            _ => DirectionOfTravel.Decreased,
        };
    }

    /// <summary>
    /// The direction between two results: not comparable when either is missing, has no value or is withheld.
    /// </summary>
    public static DirectionOfTravel Compare(IndicatorDefinition indicator, IndicatorResult? current, IndicatorResult? yearEarlier) =>
        Compare(indicator, Judgeable(current), Judgeable(yearEarlier));

    private static decimal? Judgeable(IndicatorResult? result) => result is { IsJudgeable: true } ? result.Value : null;
}
