namespace Waymark.Assessments;

/// <summary>
/// An indicator as a framework assesses it: its thresholds, the points each band earns, and the decimal places
/// its results are kept to (one unit of the last place is the smallest move a result can make).
/// </summary>
public sealed record AssessedIndicator(string Code, IndicatorThresholds Thresholds, BandPoints Points, int Decimals)
{
    /// <summary>The smallest move a result can make: 1 for whole numbers, 0.1 for one decimal place.</summary>
    public decimal Unit
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(Decimals);
            return new decimal(1, 0, 0, false, (byte)Decimals);
        }
    }

    /// <summary>The band and points of <paramref name="value"/>.</summary>
    public (ThresholdBand Band, int Points) Assess(decimal value)
    {
        ThresholdBand band = Thresholds.Band(value);
        return (band, Points.Of(band));
    }
}
