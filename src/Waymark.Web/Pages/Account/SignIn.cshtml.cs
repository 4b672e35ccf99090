using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

using Waymark.Data.People;
using Waymark.Data.Store;
using Waymark.Web.Accounts;

namespace Waymark.Web.Pages.Account;

public sealed class SignInModel(SignInManager<User> signIn, SignInSettings settings, IPasswordHasher<User> hasher, WaymarkDb db, TimeProvider clock) : FormPage
{
    private static readonly User NoOne = new() { Email = string.Empty, Name = string.Empty };

    private static string? noOnesHash;

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>Why single sign-on did not sign the person in, from <see cref="SingleSignOn.Refusals"/>.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Refused { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    public SignInSettings Settings => settings;

    /// <summary>The refusal in words, or null when there is none.</summary>
    public string? RefusalMessage => Refusal(Refused, settings.Provider?.Name ?? "your council's sign-in");

    public void OnGet()
    {
        if (settings.Provider is not null && RefusalMessage is { } message)
        {
            AddError("Refused", "sso", message);
        }
    }

    /// <summary>Sends the person to the council's identity provider, to come back to <see cref="ReturnUrl"/>.</summary>
    public IActionResult OnGetSso()
    {
        if (settings.Provider is null)
        {
            return NotFound();
        }

        string back = Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : Url.Page("/Index") ?? "/";
        return Challenge(new AuthenticationProperties { RedirectUri = back }, SingleSignOn.Scheme);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!settings.LocalAccounts)
        {
            AddError("Email", "sso", $"Sign in with {settings.Provider!.Name}");
            return Page();
        }

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

        string email = Email!.Trim();
        User? user = await signIn.UserManager.FindByNameAsync(email);
        if (user?.PasswordHash is null)
        {
            // A password is hashed whether or not the account exists, so the answer takes as long either way.
            noOnesHash ??= hasher.HashPassword(NoOne, Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16)));
            hasher.VerifyHashedPassword(NoOne, noOnesHash, Password!);
            await SignInAudit.WriteAsync(db, clock, email, SignInAudit.Failed, "password", user is null ? "no such account" : "no password", HttpContext.RequestAborted);
            AddError("Email", "email", "Enter a correct email address and password");
            return Page();
        }

        // Wrong passwords do not lock the account, which a stranger could do to anyone whose email they know:
        // SignInLimits holds back attempts from the address making them instead. Only an administrator locks an account.
        Microsoft.AspNetCore.Identity.SignInResult result = await signIn.PasswordSignInAsync(user, Password!, isPersistent: false, lockoutOnFailure: false);
        if (result.Succeeded)
        {
            await SignInAudit.WriteAsync(db, clock, user.Email, SignInAudit.SignedIn, "password", null, HttpContext.RequestAborted);
            return Url.IsLocalUrl(ReturnUrl) ? LocalRedirect(ReturnUrl) : RedirectToPage("/Index");
        }

        if (result.RequiresTwoFactor)
        {
            // The password was right; Identity holds who it was in its own short-lived cookie until the code is given.
            return RedirectToPage("/Account/SignInCode", new { returnUrl = Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : null });
        }

        await SignInAudit.WriteAsync(db, clock, user.Email, SignInAudit.Failed, "password", result.IsLockedOut ? "locked" : "wrong password", HttpContext.RequestAborted);
        if (result.IsLockedOut)
        {
            AddError("Email", "email", "Your Waymark account is locked. Ask the performance team to unlock it");
        }
        else
        {
            AddError("Email", "email", "Enter a correct email address and password");
        }

        return Page();
    }

    private static string? Refusal(string? reason, string provider) => reason switch
    {
        null or "" => null,
        SingleSignOn.Refusals.Unknown => $"{provider} says who you are, but no Waymark account has your email address. Ask the performance team to add you to Waymark",
        SingleSignOn.Refusals.Unverified => $"{provider} did not confirm that your email address is yours, so Waymark cannot tell which account is yours. Ask your IT service desk to verify your email address",
        SingleSignOn.Refusals.Locked => "Your Waymark account is locked. Ask the performance team to unlock it",
        SingleSignOn.Refusals.Audience => $"The answer from {provider} was meant for another service, so you are not signed in. Try again, and tell your IT service desk if this happens again",
        SingleSignOn.Refusals.Signature => $"The answer from {provider} was not signed by {provider}, so you are not signed in. Try again, and tell your IT service desk if this happens again",
        SingleSignOn.Refusals.Expired => $"The answer from {provider} had expired, so you are not signed in. Try again, and tell your IT service desk if this happens again",
        _ => $"Signing in with {provider} did not work, so you are not signed in. Try again, and tell your IT service desk if this happens again",
    };
}
