using System.Net.Mail;

using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

using Waymark.Data.People;
using Waymark.Data.Store;
using Waymark.Web.Accounts;

namespace Waymark.Web.Pages.Admin.Users;

/// <summary>Adds a user with their roles and first password, changes a user's roles, or locks and unlocks an account.</summary>
public sealed class EditModel(WaymarkDb db, UserManager<User> users, TimeProvider clock, SignInSettings settings) : FormPage
{
    /// <summary>The longest subject the store keeps.</summary>
    public const int SubjectMaxLength = 255;

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Organisation { get; set; }

    [BindProperty]
    public List<string> Roles { get; set; } = [];

    [BindProperty]
    public string? Password { get; set; }

    /// <summary>The subject (<c>sub</c>) the council's identity provider gives the person, when they are not matched by email.</summary>
    [BindProperty]
    public string? SignInSubject { get; set; }

    /// <summary>The council's identity provider, when single sign-on is set up.</summary>
    public SingleSignOnProvider? Provider => settings.Provider;

    public User? Existing { get; private set; }

    public bool Locked => Existing?.IsLockedAt(clock.GetUtcNow()) == true;

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (Existing is { } u)
        {
            (Email, Name, Organisation, SignInSubject) = (u.Email, u.Name, u.Organisation, u.SignInSubject);
            Roles = [.. u.Roles.Select(r => r.Role)];
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        string email = Email?.Trim() ?? string.Empty;
        string name = Name?.Trim() ?? string.Empty;
        if (email.Length == 0)
        {
            AddError(nameof(Email), "email", "Enter an email address");
        }
        else if (!MailAddress.TryCreate(email, out MailAddress? address) || address.Address != email)
        {
            AddError(nameof(Email), "email", "Enter an email address in the correct format, like name@example.org");
        }
        else if (await db.Users.AnyAsync(u => u.Email.ToUpper() == email.ToUpperInvariant() && u.Id != (id ?? 0), cancellationToken))
        {
            AddError(nameof(Email), "email", $"A user with the email address {email} already exists");
        }

        if (name.Length == 0)
        {
            AddError(nameof(Name), "name", "Enter the person's name");
        }

        string? subject = string.IsNullOrWhiteSpace(SignInSubject) ? null : SignInSubject.Trim();
        if (subject is { Length: > SubjectMaxLength })
        {
            AddError(nameof(SignInSubject), "sign-in-subject", $"Subject must be {SubjectMaxLength} characters or fewer");
        }
        else if (subject is not null && await db.Users.Where(u => u.SignInSubject == subject && u.Id != (id ?? 0)).Select(u => u.Name).FirstOrDefaultAsync(cancellationToken) is { } holder)
        {
            AddError(nameof(SignInSubject), "sign-in-subject", $"{holder} already signs in with the subject {subject}");
        }

        List<string> roles = [.. RoleNames.All.Where(r => Roles.Contains(r))];
        if (roles.Count == 0 || Roles.Any(r => !RoleNames.All.Contains(r)))
        {
            AddError(nameof(Roles), "roles", "Select at least one role");
        }
        else if (Existing is not null && Existing.Id == Permissions.UserId(User) && !roles.Contains(RoleNames.Administrator))
        {
            AddError(nameof(Roles), "roles", "You cannot remove your own administrator role");
        }
        else if (Existing is not null && !roles.Contains(RoleNames.Administrator) && await IsLastActiveAdministratorAsync(Existing, cancellationToken))
        {
            AddError(nameof(Roles), "roles", $"{Existing.Name} is the last administrator: give someone else the administrator role first");
        }

        if (Existing is null && (Password is null || Password.Length < AccountPasswords.MinimumLength))
        {
            AddError(nameof(Password), "password", $"Password must be at least {AccountPasswords.MinimumLength} characters");
        }
        else if (Existing is not null && !string.IsNullOrEmpty(Password) && Password.Length < AccountPasswords.MinimumLength)
        {
            AddError(nameof(Password), "password", $"Password must be at least {AccountPasswords.MinimumLength} characters, or leave it empty to keep the current one");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        User user = Existing ?? new User { Email = email, Name = name };
        (user.Email, user.Name, user.Organisation) = (email, name, string.IsNullOrWhiteSpace(Organisation) ? null : Organisation.Trim());
        user.SignInSubject = subject;
        user.Roles.RemoveAll(r => !roles.Contains(r.Role));
        foreach (string role in roles.Where(r => !user.Roles.Any(x => x.Role == r)))
        {
            user.Roles.Add(new UserRole { Role = role });
        }

        IdentityResult result = Existing is null ? await users.CreateAsync(user, Password!) : await users.UpdateSecurityStampAsync(user);
        if (result.Succeeded && Existing is not null && !string.IsNullOrEmpty(Password))
        {
            if (user.PasswordHash is not null)
            {
                result = await users.RemovePasswordAsync(user);
            }

            if (result.Succeeded)
            {
                result = await users.AddPasswordAsync(user, Password);
            }
        }

        if (!result.Succeeded)
        {
            AddError(nameof(Password), "password", string.Join(" ", result.Errors.Select(e => e.Description)));
            return Page();
        }

        return RedirectToPage("/Admin/Users/Index");
    }

    public async Task<IActionResult> OnPostLockAsync(int id, CancellationToken cancellationToken) => await LockAsync(id, true, cancellationToken);

    public async Task<IActionResult> OnPostUnlockAsync(int id, CancellationToken cancellationToken) => await LockAsync(id, false, cancellationToken);

    private async Task<IActionResult> LockAsync(int id, bool locking, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken) || Existing is null)
        {
            return NotFound();
        }

        if (locking && Existing.Id == Permissions.UserId(User))
        {
            (Email, Name, Organisation, SignInSubject) = (Existing.Email, Existing.Name, Existing.Organisation, Existing.SignInSubject);
            Roles = [.. Existing.Roles.Select(r => r.Role)];
            AddError("Lock", "lock", "You cannot lock your own account");
            return Page();
        }

        if (locking && await IsLastActiveAdministratorAsync(Existing, cancellationToken))
        {
            (Email, Name, Organisation, SignInSubject) = (Existing.Email, Existing.Name, Existing.Organisation, Existing.SignInSubject);
            Roles = [.. Existing.Roles.Select(r => r.Role)];
            AddError("Lock", "lock", $"{Existing.Name} is the last administrator who can sign in: give someone else the administrator role first");
            return Page();
        }

        await users.SetLockoutEndDateAsync(Existing, locking ? DateTimeOffset.MaxValue : null);
        await users.ResetAccessFailedCountAsync(Existing);
        if (locking)
        {
            await users.UpdateSecurityStampAsync(Existing);
        }

        return RedirectToPage("/Admin/Users/Edit", new { id });
    }

    private async Task<bool> IsLastActiveAdministratorAsync(User user, CancellationToken cancellationToken)
    {
        if (!user.Roles.Any(r => r.Role == RoleNames.Administrator))
        {
            return false;
        }

        DateTimeOffset now = clock.GetUtcNow();
        List<User> others = await db.Users.AsNoTracking()
            .Where(u => u.Id != user.Id && u.Roles.Any(r => r.Role == RoleNames.Administrator))
            .ToListAsync(cancellationToken);
        return !others.Any(u => !u.IsLockedAt(now));
    }

    private async Task<bool> LoadAsync(int? id, CancellationToken cancellationToken)
    {
        if (id is int existing)
        {
            Existing = await db.Users.Include(u => u.Roles).FirstOrDefaultAsync(u => u.Id == existing, cancellationToken);
            return Existing is not null;
        }

        return true;
    }
}
