using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

using Waymark.Data.People;

namespace Waymark.Web.Pages.Account;

public sealed class SignInModel(SignInManager<User> signIn) : FormPage
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(Email))
        {
            AddError("Email", "email", "Enter your email address");
        }

        if (string.IsNullOrEmpty(Password))
        {
            AddError("Password", "password", "Enter your password");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        Microsoft.AspNetCore.Identity.SignInResult result = await signIn.PasswordSignInAsync(Email!.Trim(), Password!, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return Url.IsLocalUrl(ReturnUrl) ? LocalRedirect(ReturnUrl) : RedirectToPage("/Index");
        }

        if (result.IsLockedOut)
        {
            AddError("Email", "email", "This account is locked after too many failed attempts to sign in. Try again in 15 minutes");
        }
        else
        {
            AddError("Email", "email", "Enter a correct email address and password");
        }

        return Page();
    }
}
