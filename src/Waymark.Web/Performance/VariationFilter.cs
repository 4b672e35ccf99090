namespace Waymark.Web.Performance;

/// <summary>Which indicators a list shows by the variation icon of their latest point.</summary>
public enum VariationFilter
{
    /// <summary>Special cause concern, higher or lower.</summary>
    Concern = 0,

    /// <summary>Special cause improvement, higher or lower.</summary>
    Improvement = 1,

    /// <summary>Special cause that is neither improvement nor concern.</summary>
    Neither = 2,

    /// <summary>Common cause variation.</summary>
    CommonCause = 3,

    /// <summary>No variation icon: too few points, or no results.</summary>
    NotShown = 4,
}
