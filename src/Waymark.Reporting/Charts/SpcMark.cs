namespace Waymark.Reporting.Charts;

/// <summary>What a mark on an XmR chart stands for; each is painted in its own colour, and each kind of point in its own shape as well.</summary>
public enum SpcMark
{
    /// <summary>The line joining the values.</summary>
    Result = 0,

    /// <summary>The mean of a calculation.</summary>
    Mean = 1,

    /// <summary>An upper or lower process limit.</summary>
    ProcessLimit = 2,

    /// <summary>The target.</summary>
    Target = 3,

    /// <summary>Where the lines are worked out again.</summary>
    Recalculation = 4,

    /// <summary>A point of common cause variation: a grey circle.</summary>
    CommonCause = 5,

    /// <summary>A point of special cause improvement: a blue diamond.</summary>
    Improvement = 6,

    /// <summary>A point of special cause concern: an orange square.</summary>
    Concern = 7,

    /// <summary>A point of special cause that is neither improvement nor concern: a purple triangle.</summary>
    Neither = 8,

    /// <summary>A point of a run chart, not assessed: a hollow circle.</summary>
    NotAssessed = 9,
}
