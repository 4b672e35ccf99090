namespace Waymark.Data.Assessments;

/// <summary>One rule of a framework version's overall category, tried in <see cref="Position"/> order; its conditions one to a line.</summary>
public sealed class AssessmentCategoryRule
{
    public int Id { get; set; }

    public int FrameworkId { get; set; }

    public int Position { get; set; }

    public required string Category { get; set; }

    public required string Conditions { get; set; }
}
