namespace Waymark.Assessments;

/// <summary>What a condition of a category rule tests.</summary>
public enum CategoryConditionKind
{
    /// <summary>A named block scores at least the value.</summary>
    BlockAtLeast = 0,

    /// <summary>No block scores below the value.</summary>
    NoBlockBelow = 1,

    /// <summary>At least <see cref="CategoryCondition.Count"/> blocks score at least the value.</summary>
    BlocksAtLeast = 2,
}
