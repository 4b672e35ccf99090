namespace Waymark.Results;

/// <summary>Whether a result is fit to be judged.</summary>
public enum DataQuality
{
    /// <summary>Fit to rate (also what an empty flag means).</summary>
    Ok = 0,

    /// <summary>
    /// Withheld as not fit to rate: shown with its flag, but it takes part in no rating, no direction of travel
    /// (for its own period or as the year-earlier value of the next) and no predicted rating.
    /// </summary>
    Withheld = 1,
}
