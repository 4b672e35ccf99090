using System.Security.Cryptography;
using System.Text;

using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

using Waymark.Data.Notices;
using Waymark.Data.People;
using Waymark.Data.Store;
using Waymark.Web.Notices;

namespace Waymark.Web.Accounts;

/// <summary>What became of a new password given with a reset link.</summary>
public enum PasswordResetOutcome
{
    /// <summary>The password was set and the link used up.</summary>
    Reset,

    /// <summary>No link has this token, or it was used, or it expired, or its account is locked.</summary>
    LinkNotValid,

    /// <summary>The new password breaks a rule; the link is still good.</summary>
    PasswordRefused,
}

/// <summary>
/// Resets forgotten passwords by emailed links. A link's token is 32 random bytes; only its SHA-256 hash is stored
/// (<c>password_resets</c>), and the outbox keeps the email's words only until it is sent. A link works once, for
/// <see cref="Lifetime"/>, for an account that has a Waymark password and is not locked; using it sets the new password
/// and renews the security stamp, so that every session of the account ends. Asking gives the same answer whether or
/// not the email is an account's, and each request and reset is in the audit trail.
/// </summary>
public sealed class PasswordResets(WaymarkDb db, UserManager<User> users, WebNotices notices, TimeProvider clock)
{
    /// <summary>How long a link works.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    /// <summary>The sign-in audit's word for a request of a link.</summary>
    public const string Requested = "reset asked";

    /// <summary>The sign-in audit's word for a password set with a link.</summary>
    public const string Used = "password reset";

    /// <summary>Whether links can be sent: a mail server is configured.</summary>
    public bool Available => notices.Enabled;

    /// <summary>Sends a link to <paramref name="email"/> when it is the address of an account that may reset its password; does nothing otherwise.</summary>
    public async Task RequestAsync(string email, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(email);
        // The token is made and hashed whether or not the account exists, so that both answers do the same work up to the store.
        string token = Base64Url(RandomNumberGenerator.GetBytes(32));
        string hash = Hash(token);
        DateTimeOffset now = clock.GetUtcNow();
        string normalised = email.ToUpperInvariant();
        User? user = await db.Users.FirstOrDefaultAsync(u => u.Email.ToUpper() == normalised, cancellationToken);
        string? refusal = user is null ? "no such account" : user.PasswordHash is null ? "no password" : user.IsLockedAt(now) ? "locked" : null;
        await SignInAudit.WriteAsync(db, clock, user?.Email ?? email, Requested, "password reset", refusal ?? "link sent", cancellationToken);
        if (refusal is not null || !Available)
        {
            return;
        }

        var reset = new PasswordReset { UserId = user!.Id, TokenHash = hash, CreatedAt = now, ExpiresAt = now + Lifetime };
        db.PasswordResets.Add(reset);
        await db.SaveChangesAsync(cancellationToken);
        await NoticeRun.AddPasswordResetAsync(db, user, reset.Id, Lifetime, token, now, notices.Settings, cancellationToken);
        notices.Wake();
    }

    /// <summary>Whether <paramref name="token"/> is a link that would set a password now.</summary>
    public async Task<bool> IsValidAsync(string? token, CancellationToken cancellationToken) =>
        await FindAsync(token, cancellationToken) is not null;

    /// <summary>Sets <paramref name="password"/> for the account of the link, once; the errors say why a password was refused.</summary>
    public async Task<(PasswordResetOutcome Outcome, IReadOnlyList<string> Errors)> ResetAsync(string? token, string password, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(password);
        if (await FindAsync(token, cancellationToken) is not { } found)
        {
            return (PasswordResetOutcome.LinkNotValid, []);
        }

        (PasswordReset reset, User user) = found;
        var errors = new List<string>();
        foreach (IPasswordValidator<User> validator in users.PasswordValidators)
        {
            IdentityResult valid = await validator.ValidateAsync(users, user, password);
            errors.AddRange(valid.Errors.Select(e => e.Description));
        }

        if (errors.Count > 0)
        {
            return (PasswordResetOutcome.PasswordRefused, errors);
        }

        DateTimeOffset now = clock.GetUtcNow();
        reset.UsedAt = now;
        user.PasswordHash = users.PasswordHasher.HashPassword(user, password);

        // One save: the link is marked used only where it was not used already (used_at is a concurrency token), with the
        // new password and stamp, so that of two uses at once only one sets a password.
        IdentityResult saved = await users.UpdateSecurityStampAsync(user);
        if (!saved.Succeeded)
        {
            return (PasswordResetOutcome.LinkNotValid, []);
        }

        await SignInAudit.WriteAsync(db, clock, user.Email, Used, "password reset", "other sessions ended", cancellationToken);
        return (PasswordResetOutcome.Reset, []);
    }

    /// <summary>The SHA-256 hash of a token, as 64 lower-case hexadecimal digits.</summary>
    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token ?? string.Empty)));

    private async Task<(PasswordReset Reset, User User)?> FindAsync(string? token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 100)
        {
            return null;
        }

        string hash = Hash(token.Trim());
        PasswordReset? reset = await db.PasswordResets.FirstOrDefaultAsync(r => r.TokenHash == hash, cancellationToken);
        DateTimeOffset now = clock.GetUtcNow();
        if (reset is null || reset.UsedAt is not null || reset.ExpiresAt <= now)
        {
            return null;
        }

        User? user = await db.Users.Include(u => u.Roles).FirstOrDefaultAsync(u => u.Id == reset.UserId, cancellationToken);
        return user is null || user.PasswordHash is null || user.IsLockedAt(now) ? null : (reset, user);
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
