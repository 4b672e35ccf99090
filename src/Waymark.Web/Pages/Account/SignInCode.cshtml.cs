using System.Security.Claims;

using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

using Waymark.Data.People;
using Waymark.Data.Store;
using Waymark.Web.Accounts;

namespace Waymark.Web.Pages.Account;

/// <summary>
/// The second step of signing in with a password, for people who set up an authenticator app: the code it shows now, or
/// one of their recovery codes. Wrong codes do not lock the account; attempts are limited as passwords are
/// (<see cref="SignInLimits"/>). Each success and failure is in the audit trail.
/// </summary>
public sealed class SignInCodeModel(SignInManager<User> signIn, WaymarkDb db, TimeProvider clock) : FormPage
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    public string? Code { get; set; }

    [BindProperty]
    public string? RecoveryCode { get; set; }

    /// <summary>Whether a password was given in this browser and waits for its code.</summary>
    public bool Waiting { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        Waiting = await signIn.GetTwoFactorAuthenticationUserAsync() is not null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        User? user = await signIn.GetTwoFactorAuthenticationUserAsync();
        Waiting = user is not null;
        if (user is null)
        {
            return Page();
        }

        string code = Code?.Trim() ?? string.Empty;
        string recovery = RecoveryCode?.Trim() ?? string.Empty;
        if (code.Length == 0 && recovery.Length == 0)
        {
            AddError(nameof(Code), "code", "Enter the 6-digit code from your authenticator app");
            return Page();
        }

        bool good;
        string method;
        if (code.Length > 0)
        {
            method = "password and code";
            good = await signIn.UserManager.VerifyTwoFactorTokenAsync(user, signIn.Options.Tokens.AuthenticatorTokenProvider, code);
            if (good)
            {
                // Keeps the time step of the code, so that it cannot be used again.
                await signIn.UserManager.UpdateAsync(user);
            }
        }
        else
        {
            method = "password and recovery code";
            good = (await signIn.UserManager.RedeemTwoFactorRecoveryCodeAsync(user, recovery)).Succeeded;
        }

        if (!good || user.IsLockedAt(clock.GetUtcNow()))
        {
            await SignInAudit.WriteAsync(db, clock, user.Email, SignInAudit.Failed, method, user.IsLockedAt(clock.GetUtcNow()) ? "locked" : "wrong code", HttpContext.RequestAborted);
            if (code.Length > 0)
            {
                AddError(nameof(Code), "code", "The code is not right. Enter the code your authenticator app shows now");
            }
            else
            {
                AddError(nameof(RecoveryCode), "recovery-code", "The recovery code is not right, or has been used");
            }

            return Page();
        }

        await HttpContext.SignOutAsync(IdentityConstants.TwoFactorUserIdScheme);
        await signIn.SignInWithClaimsAsync(user, isPersistent: false, [new Claim("amr", "mfa")]);
        await SignInAudit.WriteAsync(db, clock, user.Email, SignInAudit.SignedIn, method, null, HttpContext.RequestAborted);
        return Url.IsLocalUrl(ReturnUrl) ? LocalRedirect(ReturnUrl) : RedirectToPage("/Index");
    }
}
