namespace Waymark.Intervals;

/// <summary>
/// How confident an interval is: the two levels public health benchmarking uses (Public Health England,
/// "Technical Guide: Confidence intervals", and Fingertips): 95%, about two standard errors, and 99.8%, about three.
/// </summary>
public enum ConfidenceLevel
{
    /// <summary>95%: the true value lies outside the interval, by chance, 1 time in 20.</summary>
    Percent95 = 0,

    /// <summary>99.8%: the true value lies outside the interval, by chance, 1 time in 500.</summary>
    Percent99Point8 = 1,
}
