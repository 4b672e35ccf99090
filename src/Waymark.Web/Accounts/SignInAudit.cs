using Waymark.Data.Audit;
using Waymark.Data.Store;

namespace Waymark.Web.Accounts;

/// <summary>
/// Writes each attempt to sign in to the audit trail as a <c>sign_in</c> entry keyed by the email typed or given by the
/// council's identity provider: <c>signed in</c>, <c>failed</c> (a wrong password or an unknown email, told apart only
/// here), <c>held back</c> (the first attempt over a limit of <see cref="SignInLimits"/>, for each address and account) and <c>refused</c> (single sign-on that matched no account
/// that may sign in), with how and why in <c>after</c>. Changes to accounts (roles, locks, unlocks, tokens) are
/// audited by the store itself.
/// </summary>
public static class SignInAudit
{
    public const string Entity = "sign_in";

    public const string SignedIn = "signed in";

    public const string Failed = "failed";

    public const string Refused = "refused";

    public const string Limited = "held back";

    public static async Task WriteAsync(WaymarkDb db, TimeProvider clock, string email, string action, string method, string? reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(clock);
        var after = new SortedDictionary<string, string>(StringComparer.Ordinal) { ["method"] = method };
        if (reason is not null)
        {
            after["reason"] = reason;
        }

        db.AuditLog.Add(new AuditEntry
        {
            At = clock.GetUtcNow(),
            Actor = action == SignedIn ? email : "web:anonymous",
            Entity = Entity,
            EntityKey = email.Length == 0 ? "(no email given)" : email,
            Action = action,
            After = System.Text.Json.JsonSerializer.Serialize(after),
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
