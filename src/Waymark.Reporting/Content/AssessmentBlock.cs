namespace Waymark.Reporting.Content;

/// <summary>A block of the assessment (with its group, such as Level 1 Services) and its score in each round.</summary>
public sealed record AssessmentBlock(string? Group, string Name, IReadOnlyList<AssessmentCell> Scores);
