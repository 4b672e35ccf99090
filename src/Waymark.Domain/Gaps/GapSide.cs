namespace Waymark.Gaps;

/// <summary>Which side of its comparison a group is on, judged from the measure's polarity.</summary>
public enum GapSide
{
    /// <summary>No gap, or a measure without polarity, where neither side is better.</summary>
    Unjudged,

    /// <summary>The group's value equals the value it is compared with.</summary>
    Level,

    /// <summary>The group does worse: higher when lower is better, lower when higher is better.</summary>
    Behind,

    /// <summary>The group does better: lower when lower is better, higher when higher is better.</summary>
    Ahead,
}
