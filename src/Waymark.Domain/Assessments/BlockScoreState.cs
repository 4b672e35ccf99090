namespace Waymark.Assessments;

/// <summary>Where a block's score for a round comes from.</summary>
public enum BlockScoreState
{
    /// <summary>Worked out from its indicators' results in the round.</summary>
    Computed = 0,

    /// <summary>Carried forward from the previous round, because too few of its indicators have a new result.</summary>
    CarriedForward = 1,

    /// <summary>Entered from an inspection's judgement.</summary>
    Inspection = 2,

    /// <summary>No score: no indicator has a result and there is nothing to carry forward or enter.</summary>
    NotScored = 3,
}
