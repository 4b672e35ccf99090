namespace Waymark.Assessments;

/// <summary>
/// An assessment framework as data: its blocks, its category rules in order, and the share of a block's
/// indicators that must have a new result in the round before the block is scored afresh rather than carried
/// forward from the previous round.
/// </summary>
public sealed record AssessmentFramework(
    string Name,
    string Version,
    IReadOnlyList<FrameworkBlock> Blocks,
    IReadOnlyList<CategoryRule> CategoryRules,
    decimal NewResultsShare)
{
    /// <summary>The category of the first rule that holds for <paramref name="scores"/>; null when none holds.</summary>
    public string? Category(IReadOnlyDictionary<string, int?> scores) =>
        CategoryRules.FirstOrDefault(r => r.Holds(scores))?.Category;
}
