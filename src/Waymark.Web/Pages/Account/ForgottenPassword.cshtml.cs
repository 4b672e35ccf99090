using System.Net.Mail;

using Microsoft.AspNetCore.Mvc;

using Waymark.Web.Accounts;

namespace Waymark.Web.Pages.Account;

/// <summary>
/// A person who forgot their password asks for a link to set a new one. The answer is the same whether or not the
/// address is an account's, so the page cannot be used to learn who has an account; requests are limited as sign-in
/// attempts are (<see cref="SignInLimits"/>).
/// </summary>
public sealed class ForgottenPasswordModel(PasswordResets resets, SignInSettings settings) : FormPage
{
    [BindProperty]
    public string? Email { get; set; }

    /// <summary>The address a link was asked for, once asked.</summary>
    public string? Sent { get; private set; }

    public bool Available => settings.LocalAccounts && resets.Available;

    public IActionResult OnGet() => settings.LocalAccounts ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!settings.LocalAccounts)
        {
            return NotFound();
        }

        if (!Available)
        {
            return Page();
        }

        string email = Email?.Trim() ?? string.Empty;
        if (email.Length == 0)
        {
            AddError(nameof(Email), "email", "Enter your email address");
        }
        else if (!MailAddress.TryCreate(email, out MailAddress? address) || address.Address != email)
        {
            AddError(nameof(Email), "email", "Enter an email address in the correct format, like name@example.org");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        await resets.RequestAsync(email, HttpContext.RequestAborted);
        Sent = email;
        return Page();
    }
}
