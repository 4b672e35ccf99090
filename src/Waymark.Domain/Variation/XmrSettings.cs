namespace Waymark.Variation;

/// <summary>
/// How an XmR chart is drawn and read. Every setting has a default that follows NHS England's "Making Data Count"
/// guidance and its analytical tools (the Excel SPC tool and the NHSRplotthedots R package); each is documented in
/// <c>docs/rules.md</c>. Check a person's choices with <see cref="Problems"/> before building a chart.
/// </summary>
public sealed record XmrSettings
{
    /// <summary>The shortest run or trend that may be asked for.</summary>
    public const int ShortestRun = 6;

    /// <summary>The longest run or trend that may be asked for.</summary>
    public const int LongestRun = 8;

    /// <summary>The fewest points that limits can be calculated from: one moving range needs two.</summary>
    public const int FewestPoints = 2;

    /// <summary>Process limits lie this many mean moving ranges from the mean (3 / 1.128, as Making Data Count rounds it).</summary>
    public const decimal LimitFactor = 2.66m;

    /// <summary>Sigma is the mean moving range divided by this (d2 for ranges of two points).</summary>
    public const decimal SigmaDivisor = 1.128m;

    /// <summary>A moving range above this many mean moving ranges is an outlier when ranges are screened (D4 for ranges of two points).</summary>
    public const decimal MovingRangeLimitFactor = 3.267m;

    /// <summary>The settings Making Data Count uses by default.</summary>
    public static XmrSettings Default { get; } = new();

    /// <summary>
    /// How many points in a row, all above or all below the mean, make a shift: 6 to 8, default 6 (NHS England's
    /// current analytical tools; older guidance used 7). A point exactly on the mean breaks the run.
    /// </summary>
    public int ShiftLength { get; init; } = 6;

    /// <summary>
    /// How many points in a row, each strictly higher (or lower) than the one before, make a trend: 6 to 8, default
    /// 6. A point equal to the one before breaks the trend.
    /// </summary>
    public int TrendLength { get; init; } = 6;

    /// <summary>
    /// Whether moving ranges above 3.267 x the mean moving range are left out and the mean moving range worked out
    /// again from the rest, once, so that one wild point does not widen the limits (an option of NHS England's
    /// analytical tools; default off, so that the limits are those of the plain formula).
    /// </summary>
    public bool ScreenMovingRangeOutliers { get; init; }

    /// <summary>
    /// With <see cref="ScreenMovingRangeOutliers"/>: whether the baseline points outside the limits worked out from
    /// the screened mean moving range are then left out of the mean, which is worked out again once from the rest.
    /// Default off: the mean is of every baseline point.
    /// </summary>
    public bool RecomputeMean { get; init; }

    /// <summary>
    /// Whether a point beyond the process limits (three sigma) counts towards "two of three beyond two sigma".
    /// Default yes: a point beyond three sigma is also beyond two.
    /// </summary>
    public bool BeyondThreeSigmaCountsTowardsTwoOfThree { get; init; } = true;

    /// <summary>
    /// Which wins when one point is flagged both as an improvement and as a concern (a rising trend that is still
    /// below the mean, say): improvement by default; concern when false.
    /// </summary>
    public bool ImprovementWins { get; init; } = true;

    /// <summary>
    /// The fewest points since the last recalculation before limits, special causes and icons are shown: default 13,
    /// just above the 12 from which the NHS-R community's guidance for NHSRplotthedots stops calling limits "trial"
    /// limits. With fewer, the chart is a run chart and says why.
    /// </summary>
    public int MinimumPoints { get; init; } = 13;

    /// <summary>
    /// How many points, from the start of each calculation, the mean and limits are worked out from; later points are
    /// judged against those limits. Null (the default) uses every point. At least <see cref="MinimumPoints"/>.
    /// </summary>
    public int? BaselinePoints { get; init; }

    /// <summary>
    /// Where the limits are worked out again from the points that follow: a break in the indicator's series (its
    /// definition changed) or a recalculation an officer added with a reason. In any order; two for one period are
    /// one recalculation.
    /// </summary>
    public IReadOnlyList<Recalculation> Recalculations { get; init; } = [];

    /// <summary>What is wrong with these settings, each naming its setting; empty when nothing is.</summary>
    public IReadOnlyList<SettingProblem> Problems()
    {
        var problems = new List<SettingProblem>();
        if (ShiftLength is < ShortestRun or > LongestRun)
        {
            problems.Add(new(nameof(ShiftLength), $"The shift length must be between {ShortestRun} and {LongestRun}, not {ShiftLength}"));
        }

        if (TrendLength is < ShortestRun or > LongestRun)
        {
            problems.Add(new(nameof(TrendLength), $"The trend length must be between {ShortestRun} and {LongestRun}, not {TrendLength}"));
        }

        if (MinimumPoints < FewestPoints)
        {
            problems.Add(new(nameof(MinimumPoints), $"The minimum number of points must be at least {FewestPoints}, not {MinimumPoints}"));
        }

        if (BaselinePoints is { } baseline && baseline < MinimumPoints)
        {
            problems.Add(new(nameof(BaselinePoints), $"The baseline must have at least the minimum number of points ({MinimumPoints}), not {baseline}"));
        }

        if (RecomputeMean && !ScreenMovingRangeOutliers)
        {
            problems.Add(new(nameof(RecomputeMean), "The mean can be recomputed only when moving-range outliers are screened"));
        }

        return problems;
    }
}
