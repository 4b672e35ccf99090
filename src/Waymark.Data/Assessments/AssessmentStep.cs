namespace Waymark.Data.Assessments;

/// <summary>One step of a block's conversion: points reaching <see cref="Minimum"/> score at least <see cref="Score"/>.</summary>
public sealed class AssessmentStep
{
    public int Id { get; set; }

    public int BlockId { get; set; }

    public decimal Minimum { get; set; }

    public int Score { get; set; }
}
