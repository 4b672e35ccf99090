namespace Waymark.Data.People;

/// <summary>The roles a user can hold, as stored in <c>user_roles</c>.</summary>
public static class RoleNames
{
    public const string Administrator = "administrator";

    public const string DataOfficer = "data-officer";

    public const string AccountableOfficer = "accountable-officer";

    public const string Director = "director";

    public const string Member = "member";

    public const string Partner = "partner";

    /// <summary>Every role, in the order they are listed to people.</summary>
    public static IReadOnlyList<string> All { get; } = [Administrator, DataOfficer, AccountableOfficer, Director, Member, Partner];
}
