namespace Waymark.Data.People;

/// <summary>
/// A personal access token with which a user's scripts call the API as that user. Only the SHA-256 hash of the
/// token is kept; the token itself is shown once, when it is created.
/// </summary>
public sealed class AccessToken
{
    public int Id { get; set; }

    public int UserId { get; set; }

    /// <summary>What the user called it, such as <c>Quarterly upload script</c>.</summary>
    public required string Name { get; set; }

    /// <summary>The SHA-256 hash of the token, as 64 lower-case hexadecimal digits.</summary>
    public required string TokenHash { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The token is refused from this moment on.</summary>
    public DateTimeOffset ExpiresAt { get; set; }

    /// <summary>When the user revoked it; a revoked token is refused.</summary>
    public DateTimeOffset? RevokedAt { get; set; }
}
