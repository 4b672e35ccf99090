namespace Waymark.Reporting.Content;

/// <summary>
/// External assessment scores (such as CPA) for the previous and the current round, block by block. When the
/// current round is worked out by a stored framework's rules, <see cref="Basis"/> says so and from which results,
/// and <see cref="Notes"/> say why each provisional score is provisional.
/// </summary>
public sealed record AssessmentTable(string Framework, IReadOnlyList<AssessmentRound> Rounds, IReadOnlyList<AssessmentBlock> Blocks)
{
    /// <summary>How the current round's scores were found, such as <c>CPA 2007 is predicted by ...</c>; null for scores as recorded.</summary>
    public string? Basis { get; init; }

    /// <summary>One sentence per provisional block, such as <c>Housing Service Assessment: carried forward from ...</c>.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}
