namespace Waymark.Reporting.Content;

/// <summary>A score (null when none is given) and whether it was carried forward from the previous round, which makes it provisional.</summary>
public sealed record AssessmentCell(string? Score, bool CarriedForward);
