namespace Waymark.Variation;

/// <summary>What a point's variation means, by the indicator's polarity.</summary>
public enum VariationJudgement
{
    /// <summary>Not assessed: too few points for limits (a run chart).</summary>
    NotAssessed = 0,

    /// <summary>No rule flagged it: common-cause variation, noise.</summary>
    CommonCause = 1,

    /// <summary>A special cause in the better direction.</summary>
    Improvement = 2,

    /// <summary>A special cause in the worse direction.</summary>
    Concern = 3,

    /// <summary>A special cause of an indicator without polarity: neither improvement nor concern.</summary>
    Neither = 4,
}
