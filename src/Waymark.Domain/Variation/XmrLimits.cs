namespace Waymark.Variation;

/// <summary>
/// The centre line and limits of one calculation of an XmR chart, unrounded. A value equal to a limit or a line is
/// on it, not beyond it.
/// </summary>
/// <param name="Mean">The mean of the baseline points.</param>
/// <param name="MeanMovingRange">The mean of the baseline's moving ranges (screened when the settings say so).</param>
/// <param name="BaselinePoints">How many points the mean and mean moving range were worked out from.</param>
public readonly record struct XmrLimits(decimal Mean, decimal MeanMovingRange, int BaselinePoints)
{
    /// <summary>One sigma: the mean moving range / 1.128.</summary>
    public decimal Sigma => MeanMovingRange / XmrSettings.SigmaDivisor;

    /// <summary>The upper process limit: the mean + 2.66 x the mean moving range.</summary>
    public decimal Upper => Mean + (XmrSettings.LimitFactor * MeanMovingRange);

    /// <summary>The lower process limit: the mean - 2.66 x the mean moving range.</summary>
    public decimal Lower => Mean - (XmrSettings.LimitFactor * MeanMovingRange);

    /// <summary>The upper two-sigma line.</summary>
    public decimal UpperTwoSigma => Mean + (2m * Sigma);

    /// <summary>The lower two-sigma line.</summary>
    public decimal LowerTwoSigma => Mean - (2m * Sigma);

    /// <summary>The upper one-sigma line.</summary>
    public decimal UpperOneSigma => Mean + Sigma;

    /// <summary>The lower one-sigma line.</summary>
    public decimal LowerOneSigma => Mean - Sigma;

    /// <summary>The upper limit of a moving range: 3.267 x the mean moving range.</summary>
    public decimal MovingRangeLimit => XmrSettings.MovingRangeLimitFactor * MeanMovingRange;
}
