namespace Waymark.Assessments;

/// <summary>Which band a value exactly on a threshold falls in, as the framework says.</summary>
public enum ThresholdBoundary
{
    /// <summary>A value on a threshold has reached it and earns the better band (the usual rule).</summary>
    BetterBand = 0,

    /// <summary>A value on a threshold has not passed it and stays in the worse band.</summary>
    WorseBand = 1,
}
