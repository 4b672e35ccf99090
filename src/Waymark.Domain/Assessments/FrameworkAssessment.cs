namespace Waymark.Assessments;

/// <summary>A framework's assessment at a round: each block in the framework's order and the overall category, current and predicted.</summary>
public sealed record FrameworkAssessment(
    AssessmentFramework Framework,
    IReadOnlyList<BlockAssessment> Blocks,
    string? Category,
    string? PredictedCategory)
{
    /// <summary>Whether any block is provisional, so that the category is too.</summary>
    public bool Provisional => Blocks.Any(b => b.Provisional);
}
