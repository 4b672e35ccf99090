namespace Waymark.Assessments;

/// <summary>The points each band earns an indicator, for example 1, 2 and 3.</summary>
public readonly record struct BandPoints(int Bottom, int Middle, int Top)
{
    /// <summary>The points <paramref name="band"/> earns.</summary>
    public int Of(ThresholdBand band) => band switch
    {
        ThresholdBand.Bottom => Bottom,
        ThresholdBand.Middle => Middle,
        ThresholdBand.Top => Top,
        _ => throw new ArgumentOutOfRangeException(nameof(band), band, null),
    };
}
