using Waymark.Indicators;

namespace Waymark.Gaps;

/// <summary>
/// The narrowing-the-gap rules. A gap is a group's value minus the value it is compared with, both at the measure's
/// decimals, in the measure's unit (percentage points for a percentage, the rate's units for a rate). A gap is
/// <see cref="GapDirection.Narrowing"/> when its size, ignoring its sign, is smaller than the same gap one year
/// earlier, <see cref="GapDirection.Widening"/> when larger, <see cref="GapDirection.Static"/> when equal, and
/// <see cref="GapDirection.NotComparable"/> when either gap is missing. A value that is missing, suppressed or
/// withheld makes no gap. The measure's polarity says which side of the gap the group is on (<see cref="GapSide"/>).
/// </summary>
public static class GapRules
{
    /// <summary>The group's value minus the compared value at the measure's decimals; null when either is not a shown value.</summary>
    public static decimal? Gap(IndicatorDefinition indicator, GroupFigure group, GroupFigure comparedWith)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        if (group.Judgeable is not { } value || comparedWith.Judgeable is not { } compared)
        {
            return null;
        }

        return indicator.Round(indicator.Round(value) - indicator.Round(compared));
    }

    /// <summary>
    /// Compares the size of <paramref name="gap"/> with the size of <paramref name="previousGap"/>, ignoring their
    /// signs, at the measure's decimals. A gap that changes sign but keeps its size is static.
    /// </summary>
    public static GapDirection Direction(IndicatorDefinition indicator, decimal? gap, decimal? previousGap)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        if (gap is not { } now || previousGap is not { } then)
        {
            return GapDirection.NotComparable;
        }

        return Math.Abs(indicator.Round(now)).CompareTo(Math.Abs(indicator.Round(then))) switch
        {
            < 0 => GapDirection.Narrowing,
            0 => GapDirection.Static,
            _ => GapDirection.Widening,
        };
    }

    /// <summary>
    /// The side of the comparison the group is on: behind when its gap is positive and lower is better, or negative
    /// and higher is better; ahead the other way; level when the gap is zero; unjudged without a gap or a polarity.
    /// </summary>
    public static GapSide Side(IndicatorDefinition indicator, decimal? gap)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        if (gap is not { } g || indicator.Polarity == Polarity.None)
        {
            return GapSide.Unjudged;
        }

        return (Math.Sign(indicator.Round(g)), indicator.Polarity) switch
        {
            (0, _) => GapSide.Level,
            (1, Polarity.Lower) or (-1, Polarity.Higher) => GapSide.Behind,
            _ => GapSide.Ahead,
        };
    }

    /// <summary>
    /// What <paramref name="group"/> is compared with, in order: the dimension's all group (not for the all group
    /// itself), its complement when it names one, and the same group in England (not when the area is England).
    /// </summary>
    public static IReadOnlyList<GapComparison> Comparisons(BreakdownDimension dimension, BreakdownGroup group, bool areaIsEngland)
    {
        ArgumentNullException.ThrowIfNull(dimension);
        ArgumentNullException.ThrowIfNull(group);
        var comparisons = new List<GapComparison>(3);
        if (group.Code != dimension.AllGroup)
        {
            comparisons.Add(GapComparison.All);
        }

        if (group.Complement is not null)
        {
            comparisons.Add(GapComparison.Complement);
        }

        if (!areaIsEngland)
        {
            comparisons.Add(GapComparison.England);
        }

        return comparisons;
    }

    /// <summary>
    /// Every gap of every group of <paramref name="dimension"/>, in the dimension's order of groups and then the order
    /// of <see cref="Comparisons"/>, each with the same gap one year earlier and its direction.
    /// </summary>
    public static IReadOnlyList<GroupGap> Gaps(IndicatorDefinition indicator, BreakdownDimension dimension, BreakdownFigures figures, bool areaIsEngland)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(dimension);
        ArgumentNullException.ThrowIfNull(figures);
        var gaps = new List<GroupGap>();
        foreach (BreakdownGroup group in dimension.Groups)
        {
            GroupFigure value = BreakdownFigures.Of(figures.Area, group.Code);
            GroupFigure previousValue = BreakdownFigures.Of(figures.PreviousArea, group.Code);
            foreach (GapComparison comparison in Comparisons(dimension, group, areaIsEngland))
            {
                (IReadOnlyDictionary<string, GroupFigure> now, IReadOnlyDictionary<string, GroupFigure> then, string code) = comparison switch
                {
                    GapComparison.All => (figures.Area, figures.PreviousArea, dimension.AllGroup),
                    GapComparison.Complement => (figures.Area, figures.PreviousArea, group.Complement!),
                    _ => (figures.England, figures.PreviousEngland, group.Code),
                };
                GroupFigure compared = BreakdownFigures.Of(now, code);
                decimal? gap = Gap(indicator, value, compared);
                decimal? previousGap = Gap(indicator, previousValue, BreakdownFigures.Of(then, code));
                gaps.Add(new GroupGap(group.Code, comparison, value, compared, gap, previousGap, Direction(indicator, gap, previousGap), Side(indicator, gap)));
            }
        }

        return gaps;
    }
}
