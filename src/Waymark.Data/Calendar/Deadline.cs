namespace Waymark.Data.Calendar;

/// <summary>A deadline in a cycle, such as "Q3 results entered", with who must meet it.</summary>
public sealed class Deadline
{
    public int Id { get; set; }

    public int CycleId { get; set; }

    public required string Description { get; set; }

    public DateOnly Due { get; set; }

    /// <summary>The role or person responsible: <c>data-officer</c>, <c>accountable-officer</c>, <c>director</c>, a name.</summary>
    public string? Responsible { get; set; }
}
