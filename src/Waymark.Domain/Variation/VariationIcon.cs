namespace Waymark.Variation;

/// <summary>Making Data Count's variation icon, for the latest point of a chart.</summary>
public enum VariationIcon
{
    /// <summary>No icon: no points, or too few since the limits were last worked out (see <see cref="XmrChart.VariationNotShown"/>).</summary>
    NotShown = 0,

    /// <summary>Common-cause variation: no significant change.</summary>
    CommonCause = 1,

    /// <summary>Special-cause improvement, the value significantly higher.</summary>
    ImprovementHigh = 2,

    /// <summary>Special-cause improvement, the value significantly lower.</summary>
    ImprovementLow = 3,

    /// <summary>Special-cause concern, the value significantly higher.</summary>
    ConcernHigh = 4,

    /// <summary>Special-cause concern, the value significantly lower.</summary>
    ConcernLow = 5,

    /// <summary>Special cause of an indicator without polarity, the value significantly higher.</summary>
    NeitherHigh = 6,

    /// <summary>Special cause of an indicator without polarity, the value significantly lower.</summary>
    NeitherLow = 7,
}
