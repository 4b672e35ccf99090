namespace Waymark.Gaps;

/// <summary>What a group's value is compared with to make a gap.</summary>
public enum GapComparison
{
    /// <summary>The dimension's "all" group in the same area: every child or young person.</summary>
    All,

    /// <summary>The group's complement in the same area, such as "no SEN" for "EHC plan".</summary>
    Complement,

    /// <summary>The same group in England.</summary>
    England,
}
