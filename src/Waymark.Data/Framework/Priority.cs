using Waymark.Data.People;

namespace Waymark.Data.Framework;

/// <summary>An improvement priority of a plan, such as <c>HW-3a</c>, led by an accountable officer.</summary>
public sealed class Priority
{
    public int Id { get; set; }

    public int PlanId { get; set; }

    public int? OutcomeId { get; set; }

    public int? DirectorateId { get; set; }

    /// <summary>The code, such as <c>HW-3a</c> or <c>HW-1d/CYPP 7</c>.</summary>
    public required string Code { get; set; }

    public required string Title { get; set; }

    public int? LeadOfficerId { get; set; }

    public User? LeadOfficer { get; set; }

    public int? AccountableDirectorId { get; set; }

    public User? AccountableDirector { get; set; }

    /// <summary>A high-risk priority has an action tracker every quarter, not only at Q2 and Q4.</summary>
    public bool HighRisk { get; set; }

    /// <summary>Incremented on every change; an edit made from an older version is refused.</summary>
    public int ConcurrencyVersion { get; set; }

    public List<PriorityContributor> Contributors { get; } = [];

    public List<PriorityBoard> Boards { get; } = [];
}
