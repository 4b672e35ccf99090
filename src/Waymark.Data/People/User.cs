namespace Waymark.Data.People;

/// <summary>Someone who signs in: an officer, a director, a councillor, a partner or an administrator.</summary>
public sealed class User
{
    public int Id { get; set; }

    public required string Email { get; set; }

    public required string Name { get; set; }

    /// <summary>The organisation of a partner (police, health, ...); empty for council staff and members.</summary>
    public string? Organisation { get; set; }

    /// <summary>The password's salted hash in ASP.NET Core Identity's format; null for a user who cannot sign in.</summary>
    public string? PasswordHash { get; set; }

    /// <summary>
    /// The subject (<c>sub</c>) the council's identity provider gives this person, set by an administrator; single sign-on
    /// matches it before the verified email. Null when the person is matched by email only.
    /// </summary>
    public string? SignInSubject { get; set; }

    /// <summary>Changes whenever the password or roles change, which signs out every session of the user.</summary>
    public string? SecurityStamp { get; set; }

    /// <summary>Failed sign-ins since the last success; reaching the limit locks the account.</summary>
    public int AccessFailedCount { get; set; }

    /// <summary>When a locked account may sign in again.</summary>
    public DateTimeOffset? LockoutEnd { get; set; }

    /// <summary>Whether the account is locked at <paramref name="now"/>: it may neither sign in nor use a session or token.</summary>
    public bool IsLockedAt(DateTimeOffset now) => LockoutEnd > now;

    /// <summary>The secret of the person's authenticator app (base32), once they have begun to set one up; null when they have none.</summary>
    public string? AuthenticatorKey { get; set; }

    /// <summary>Whether signing in with the password also needs a code from the authenticator app (set once a first code confirmed it).</summary>
    public bool TwoFactorEnabled { get; set; }

    /// <summary>The 30-second time step of the last code accepted, so that a code is used once.</summary>
    public long? AuthenticatorLastStep { get; set; }

    /// <summary>The SHA-256 hashes of the unused recovery codes, separated by semicolons; null when none were made.</summary>
    public string? RecoveryCodes { get; set; }

    public List<UserRole> Roles { get; } = [];
}
