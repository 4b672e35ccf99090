namespace Waymark.Assessments;

/// <summary>
/// One block of an assessment framework, such as "Children &amp; Young People" in the group "Level 1 Services":
/// either scored from its indicators through its conversion, or judged by inspection (its score is entered, not
/// computed, and it has no indicators).
/// </summary>
public sealed record FrameworkBlock(string Name, string? Group, IReadOnlyList<AssessedIndicator> Indicators, ScoreConversion? Conversion)
{
    /// <summary>Whether the block's score is entered from an inspection rather than computed.</summary>
    public bool JudgedByInspection => Conversion is null;
}
