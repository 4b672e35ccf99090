namespace Waymark.Data.People;

/// <summary>
/// A link sent to a person who forgot their password. Only the SHA-256 hash of the link's token is kept; the token is
/// in the email alone. A link works once, until <see cref="ExpiresAt"/>.
/// </summary>
public sealed class PasswordReset
{
    public int Id { get; set; }

    public int UserId { get; set; }

    /// <summary>The SHA-256 hash of the token, as 64 lower-case hexadecimal digits.</summary>
    public required string TokenHash { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The link is refused from this moment on.</summary>
    public DateTimeOffset ExpiresAt { get; set; }

    /// <summary>When the link was used to set a new password; a used link is refused.</summary>
    public DateTimeOffset? UsedAt { get; set; }
}
