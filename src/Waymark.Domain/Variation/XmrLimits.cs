namespace Waymark.Variation;

/// <summary>
/// The centre line and limits of one calculation of an XmR chart, unrounded. A value equal to a limit or a line is
/// on it, not beyond it.
/// </summary>
public readonly record struct XmrLimits
{
    /// <summary>Works out the lines from the mean and the mean moving range.</summary>
    /// <param name="mean">The mean of the baseline points.</param>
    /// <param name="meanMovingRange">The mean of the baseline's moving ranges (screened when the settings say so).</param>
    /// <param name="baselinePoints">How many points the mean and mean moving range were worked out from.</param>
    public XmrLimits(decimal mean, decimal meanMovingRange, int baselinePoints)
    {
        Mean = mean;
        MeanMovingRange = meanMovingRange;
        BaselinePoints = baselinePoints;
        Sigma = meanMovingRange / XmrSettings.SigmaDivisor;
        Upper = mean + (XmrSettings.LimitFactor * meanMovingRange);
        Lower = mean - (XmrSettings.LimitFactor * meanMovingRange);
        UpperTwoSigma = mean + (2m * Sigma);
        LowerTwoSigma = mean - (2m * Sigma);
    }

    /// <summary>The mean of the baseline points.</summary>
    public decimal Mean { get; }

    /// <summary>The mean of the baseline's moving ranges (screened when the settings say so).</summary>
    public decimal MeanMovingRange { get; }

    /// <summary>How many points the mean and mean moving range were worked out from.</summary>
    public int BaselinePoints { get; }

    /// <summary>One sigma: the mean moving range / 1.128.</summary>
    public decimal Sigma { get; }

    /// <summary>The upper process limit: the mean + 2.66 x the mean moving range.</summary>
    public decimal Upper { get; }

    /// <summary>The lower process limit: the mean - 2.66 x the mean moving range.</summary>
    public decimal Lower { get; }

    /// <summary>The upper two-sigma line.</summary>
    public decimal UpperTwoSigma { get; }

    /// <summary>The lower two-sigma line.</summary>
    public decimal LowerTwoSigma { get; }

    /// <summary>The upper one-sigma line.</summary>
    public decimal UpperOneSigma => Mean + Sigma;

    /// <summary>The lower one-sigma line.</summary>
    public decimal LowerOneSigma => Mean - Sigma;

    /// <summary>The upper limit of a moving range: 3.267 x the mean moving range.</summary>
    public decimal MovingRangeLimit => XmrSettings.MovingRangeLimitFactor * MeanMovingRange;
}
