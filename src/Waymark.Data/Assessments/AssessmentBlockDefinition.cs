namespace Waymark.Data.Assessments;

/// <summary>
/// A block of a framework version: scored from its indicators through its steps on the total or average of their
/// points (<see cref="Basis"/> <c>total</c> or <c>average</c>), or judged by inspection when <see cref="Basis"/> is null.
/// </summary>
public sealed class AssessmentBlockDefinition
{
    public int Id { get; set; }

    public int FrameworkId { get; set; }

    public int Position { get; set; }

    public required string Name { get; set; }

    public string? BlockGroup { get; set; }

    public string? Basis { get; set; }

    public List<AssessmentStep> Steps { get; } = [];

    public List<AssessmentThreshold> Indicators { get; } = [];
}
