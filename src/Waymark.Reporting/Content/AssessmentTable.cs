namespace Waymark.Reporting.Content;

/// <summary>External assessment scores (such as CPA) for the previous and the current round, block by block.</summary>
public sealed record AssessmentTable(string Framework, IReadOnlyList<AssessmentRound> Rounds, IReadOnlyList<AssessmentBlock> Blocks);
