namespace Waymark.Data.Framework;

/// <summary>A plan, such as the Leeds Strategic Plan 2008-11, with its outcomes and improvement priorities.</summary>
public sealed class Plan
{
    public int Id { get; set; }

    public int CouncilId { get; set; }

    /// <summary>A short code unique within the council, such as <c>LSP</c>.</summary>
    public required string Code { get; set; }

    public required string Title { get; set; }

    /// <summary>The first financial year of the plan, such as <c>2008/09</c>.</summary>
    public string? FirstYear { get; set; }

    /// <summary>The last financial year of the plan, such as <c>2010/11</c>.</summary>
    public string? LastYear { get; set; }

    public List<Outcome> Outcomes { get; } = [];

    public List<Priority> Priorities { get; } = [];
}
