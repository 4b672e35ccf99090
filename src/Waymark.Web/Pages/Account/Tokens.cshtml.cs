using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

using Waymark.Data.People;
using Waymark.Data.Store;
using Waymark.Web.Accounts;
using Waymark.Web.Api;

namespace Waymark.Web.Pages.Account;

/// <summary>
/// A signed-in user's personal access tokens for the API: create one (shown once, then kept only as its hash),
/// see which they have, and revoke any of them.
/// </summary>
public sealed class TokensModel(WaymarkDb db, TimeProvider clock) : FormPage
{
    public const int MaximumNameLength = 100;

    /// <summary>The lifetimes offered, in days.</summary>
    public static IReadOnlyList<int> Lifetimes { get; } = [7, 30, 90, 365];

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? ExpiresIn { get; set; }

    /// <summary>The token just created, shown this once.</summary>
    public string? Created { get; private set; }

    public string? Revoked { get; private set; }

    public DateTimeOffset Now { get; private set; }

    public IReadOnlyList<AccessToken> Tokens { get; private set; } = [];

    public async Task OnGetAsync(string? revoked, CancellationToken cancellationToken)
    {
        Revoked = revoked;
        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        int user = Permissions.UserId(User) ?? throw new InvalidOperationException("A signed-in user has no id.");
        string? name = Name?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            AddError(nameof(Name), "name", "Enter a name for the token, such as the script that will use it");
        }
        else if (name.Length > MaximumNameLength)
        {
            AddError(nameof(Name), "name", $"Name must be {MaximumNameLength} characters or fewer");
        }

        int days = 0;
        if (!int.TryParse(ExpiresIn, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out days) || !Lifetimes.Contains(days))
        {
            AddError(nameof(ExpiresIn), "expires-in", "Select when the token expires");
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(cancellationToken);
            return Page();
        }

        string token = AccessTokens.Create();
        DateTimeOffset now = clock.GetUtcNow();
        db.AccessTokens.Add(new AccessToken
        {
            UserId = user,
            Name = name!,
            TokenHash = AccessTokens.Hash(token),
            CreatedAt = now,
            ExpiresAt = now.AddDays(days),
        });
        await db.SaveChangesAsync(cancellationToken);
        Created = token;
        Name = null;
        ExpiresIn = null;
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(int id, CancellationToken cancellationToken)
    {
        int? user = Permissions.UserId(User);
        AccessToken? token = await db.AccessTokens.FirstOrDefaultAsync(t => t.Id == id && t.UserId == user, cancellationToken);
        if (token is null)
        {
            return NotFound();
        }

        token.RevokedAt ??= clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage("/Account/Tokens", new { revoked = token.Name });
    }

    public string Status(AccessToken token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return token.RevokedAt is not null ? "Revoked" : token.ExpiresAt <= Now ? "Expired" : "Active";
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Now = clock.GetUtcNow();
        int? user = Permissions.UserId(User);
        List<AccessToken> tokens = await db.AccessTokens.AsNoTracking().Where(t => t.UserId == user).ToListAsync(cancellationToken);
        Tokens = [.. tokens.OrderByDescending(t => t.CreatedAt).ThenByDescending(t => t.Id)];
    }
}
