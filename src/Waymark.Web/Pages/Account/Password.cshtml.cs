using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

using Waymark.Data.People;
using Waymark.Web.Accounts;

namespace Waymark.Web.Pages.Account;

/// <summary>
/// A person changes their own Waymark password, giving the current one. Their other sessions end (the security stamp
/// changes); this one goes on. People who have no Waymark password, because they sign in through the council's identity
/// provider, are not offered the page.
/// </summary>
public sealed class PasswordModel(UserManager<User> users, SignInManager<User> signIn, SignInSettings settings) : FormPage
{
    [BindProperty]
    public string? CurrentPassword { get; set; }

    [BindProperty]
    public string? NewPassword { get; set; }

    [BindProperty]
    public string? ConfirmPassword { get; set; }

    public bool Changed { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await UserAsync() is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        User? user = await UserAsync();
        if (user is null)
        {
            return NotFound();
        }

        if (string.IsNullOrEmpty(CurrentPassword))
        {
            AddError(nameof(CurrentPassword), "current-password", "Enter your current password");
        }

        if (string.IsNullOrEmpty(NewPassword))
        {
            AddError(nameof(NewPassword), "new-password", "Enter a new password");
        }
        else if (NewPassword.Length < AccountPasswords.MinimumLength)
        {
            AddError(nameof(NewPassword), "new-password", $"New password must be {AccountPasswords.MinimumLength} characters or more");
        }
        else if (NewPassword != ConfirmPassword)
        {
            AddError(nameof(ConfirmPassword), "confirm-password", "Enter the same new password twice");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        IdentityResult result = await users.ChangePasswordAsync(user, CurrentPassword!, NewPassword!);
        if (!result.Succeeded)
        {
            if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch)))
            {
                AddError(nameof(CurrentPassword), "current-password", "Your current password is not right");
            }
            else
            {
                AddError(nameof(NewPassword), "new-password", string.Join(". ", result.Errors.Select(e => e.Description)));
            }

            return Page();
        }

        await signIn.RefreshSignInAsync(user);
        Changed = true;
        return Page();
    }

    private async Task<User?> UserAsync() =>
        settings.LocalAccounts && await users.GetUserAsync(User) is { PasswordHash: not null } user ? user : null;
}
