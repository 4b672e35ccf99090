using Microsoft.AspNetCore.Mvc;

using Waymark.Web.Accounts;

namespace Waymark.Web.Pages.Account;

/// <summary>Sets a new password with the link of a reset email, once, within its hour; every session of the account ends.</summary>
public sealed class ResetPasswordModel(PasswordResets resets, SignInSettings settings) : FormPage
{
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    public string? NewPassword { get; set; }

    [BindProperty]
    public string? ConfirmPassword { get; set; }

    /// <summary>Whether the link can still set a password.</summary>
    public bool LinkValid { get; private set; }

    public bool Reset { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!settings.LocalAccounts)
        {
            return NotFound();
        }

        LinkValid = await resets.IsValidAsync(Token, HttpContext.RequestAborted);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!settings.LocalAccounts)
        {
            return NotFound();
        }

        LinkValid = await resets.IsValidAsync(Token, HttpContext.RequestAborted);
        if (!LinkValid)
        {
            return Page();
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

        (PasswordResetOutcome outcome, IReadOnlyList<string> errors) = await resets.ResetAsync(Token, NewPassword!, HttpContext.RequestAborted);
        switch (outcome)
        {
            case PasswordResetOutcome.Reset:
                Reset = true;
                break;
            case PasswordResetOutcome.PasswordRefused:
                AddError(nameof(NewPassword), "new-password", string.Join(". ", errors));
                break;
            default:
                LinkValid = false;
                break;
        }

        return Page();
    }
}
