namespace Waymark.Data.Framework;

/// <summary>An officer or partner who contributes to a priority's tracker.</summary>
public sealed class PriorityContributor
{
    public int Id { get; set; }

    public int PriorityId { get; set; }

    /// <summary>The user, when the contributor signs in.</summary>
    public int? UserId { get; set; }

    /// <summary>The partner organisation or the officer's name, as reports show it.</summary>
    public required string Name { get; set; }

    /// <summary><c>officer</c> or <c>partner</c>.</summary>
    public required string Kind { get; set; }
}
