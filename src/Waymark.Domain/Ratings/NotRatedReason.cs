namespace Waymark.Ratings;

/// <summary>Why an indicator could not be rated. When several apply, the first in this order is given.</summary>
public enum NotRatedReason
{
    /// <summary>The indicator has no polarity: it is data only.</summary>
    NoPolarity = 1,

    /// <summary>The result was withheld as not fit to rate.</summary>
    DataQuality = 2,

    /// <summary>There is no result for the period.</summary>
    NoResult = 3,

    /// <summary>No target applies to the period.</summary>
    NoTarget = 4,
}
