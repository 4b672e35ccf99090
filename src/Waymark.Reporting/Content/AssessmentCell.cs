namespace Waymark.Reporting.Content;

/// <summary>
/// A score (null when none is given) and whether it was carried forward from the previous round, which makes it
/// provisional. <see cref="Source"/> says in words where a score worked out by the framework's rules comes from
/// (<c>computed</c>, <c>inspection</c>); <see cref="Missing"/> says why there is no score.
/// </summary>
public sealed record AssessmentCell(string? Score, bool CarriedForward)
{
    /// <summary>Where the score comes from, such as <c>computed</c>; null for a score as it was recorded.</summary>
    public string? Source { get; init; }

    /// <summary>Why there is no score, such as <c>no score recorded</c>; null for the plain <c>no score</c>.</summary>
    public string? Missing { get; init; }
}
