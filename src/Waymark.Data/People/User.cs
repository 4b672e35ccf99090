namespace Waymark.Data.People;

/// <summary>Someone who signs in: an officer, a director, a councillor, a partner or an administrator.</summary>
public sealed class User
{
    public int Id { get; set; }

    public required string Email { get; set; }

    public required string Name { get; set; }

    /// <summary>The organisation of a partner (police, health, ...); empty for council staff and members.</summary>
    public string? Organisation { get; set; }

    public List<UserRole> Roles { get; } = [];
}
