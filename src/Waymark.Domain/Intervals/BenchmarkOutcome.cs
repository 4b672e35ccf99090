namespace Waymark.Intervals;

/// <summary>How an area's value compares with a benchmark (England, its region, its statistical neighbours), allowing for its uncertainty.</summary>
public enum BenchmarkOutcome
{
    /// <summary>Not compared: the indicator has no polarity, so neither side is better.</summary>
    NotCompared = 0,

    /// <summary>The benchmark lies outside the area's 99.8% interval, on the worse side: the area is much better.</summary>
    MuchBetter = 1,

    /// <summary>The benchmark lies outside the area's 95% interval, on the worse side: the area is better.</summary>
    Better = 2,

    /// <summary>The benchmark lies inside the area's 95% interval, its ends included.</summary>
    Similar = 3,

    /// <summary>The benchmark lies outside the area's 95% interval, on the better side: the area is worse.</summary>
    Worse = 4,

    /// <summary>The benchmark lies outside the area's 99.8% interval, on the better side: the area is much worse.</summary>
    MuchWorse = 5,
}
