namespace Waymark.Reporting.Content;

/// <summary>An assessment round, such as <c>CPA 2007</c>, and whether its scores are provisional.</summary>
public sealed record AssessmentRound(string Name, bool Provisional);
