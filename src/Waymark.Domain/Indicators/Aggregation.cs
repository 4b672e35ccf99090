namespace Waymark.Indicators;

/// <summary>How an indicator's results within a year relate to its year-end figure.</summary>
public enum Aggregation
{
    /// <summary>Each result is a position at a point in time; the year end is the latest position.</summary>
    Snapshot = 0,

    /// <summary>Each result is a year-to-date count; the year end is projected from the year to date.</summary>
    Cumulative = 1,

    /// <summary>Each result is a year-to-date ratio (such as a percentage); the year end is the latest value.</summary>
    Ratio = 2,
}
