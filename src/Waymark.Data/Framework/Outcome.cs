namespace Waymark.Data.Framework;

/// <summary>An outcome (theme) of a plan, such as "Health and wellbeing".</summary>
public sealed class Outcome
{
    public int Id { get; set; }

    public int PlanId { get; set; }

    public required string Code { get; set; }

    public required string Title { get; set; }
}
