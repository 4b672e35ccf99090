namespace Waymark.Data.People;

/// <summary>
/// A role a user holds: <c>administrator</c>, <c>data-officer</c>, <c>accountable-officer</c>, <c>director</c>,
/// <c>member</c> or <c>partner</c>.
/// </summary>
public sealed class UserRole
{
    public int UserId { get; set; }

    public required string Role { get; set; }
}
