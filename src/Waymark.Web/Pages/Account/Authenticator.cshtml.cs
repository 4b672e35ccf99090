using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

using Waymark.Data.People;
using Waymark.Web.Accounts;

namespace Waymark.Web.Pages.Account;

/// <summary>
/// A person with a Waymark password sets up codes from an authenticator app as a second step of signing in: the page
/// shows a secret as a key and as a QR code of its <c>otpauth://</c> address, and the first code the app shows turns the
/// codes on and gives ten recovery codes, shown once. Every change renews the security stamp, so other sessions end,
/// and is written to the audit trail by the store. An administrator whom <see cref="SignInSettings.AdministratorsNeedCodes"/>
/// sends here cannot turn the codes off.
/// </summary>
public sealed class AuthenticatorModel(UserManager<User> users, SignInManager<User> signIn, SignInSettings settings) : FormPage
{
    private const int RecoveryCodeCount = 10;

    /// <summary>Whether the person was sent here because administrators must use codes.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Required { get; set; }

    [BindProperty]
    public string? Code { get; set; }

    public bool Enabled { get; private set; }

    /// <summary>The secret in groups of four, to type into the app.</summary>
    public string? Key { get; private set; }

    public Uri? SetupAddress { get; private set; }

    public string? QrCode { get; private set; }

    /// <summary>The recovery codes just made, shown this once.</summary>
    public IReadOnlyList<string> NewRecoveryCodes { get; private set; } = [];

    public int RecoveryCodesLeft { get; private set; }

    /// <summary>Whether this person may turn the codes off.</summary>
    public bool MayTurnOff { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await UserAsync() is not { } user)
        {
            return NotFound();
        }

        if (!user.TwoFactorEnabled && string.IsNullOrEmpty(user.AuthenticatorKey))
        {
            // A key not yet confirmed changes nothing about signing in, so the person's other sessions go on.
            user.AuthenticatorKey = users.GenerateNewAuthenticatorKey();
            user.AuthenticatorLastStep = null;
            await users.UpdateAsync(user);
        }

        await ShowAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await UserAsync() is not { } user)
        {
            return NotFound();
        }

        if (user.TwoFactorEnabled)
        {
            await ShowAsync(user);
            return Page();
        }

        if (string.IsNullOrWhiteSpace(Code))
        {
            AddError(nameof(Code), "code", "Enter the 6-digit code your authenticator app shows");
        }
        else if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, Code))
        {
            AddError(nameof(Code), "code", "The code is not right. Check that the app has the key above, then enter the code it shows now");
        }

        if (!ModelState.IsValid)
        {
            await ShowAsync(user);
            return Page();
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        NewRecoveryCodes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount) ?? []];
        await signIn.RefreshSignInAsync(user);
        await ShowAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostRecoveryCodesAsync()
    {
        if (await UserAsync() is not { TwoFactorEnabled: true } user)
        {
            return NotFound();
        }

        NewRecoveryCodes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount) ?? []];
        await ShowAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostTurnOffAsync()
    {
        if (await UserAsync() is not { TwoFactorEnabled: true } user)
        {
            return NotFound();
        }

        if (!CanTurnOff(user))
        {
            AddError("TurnOff", "turn-off", "Administrators must use codes from an authenticator app here, so you cannot turn them off");
            await ShowAsync(user);
            return Page();
        }

        user.RecoveryCodes = null;
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await signIn.RefreshSignInAsync(user);
        return RedirectToPage("/Account/Authenticator");
    }

    private bool CanTurnOff(User user) => !(settings.AdministratorsNeedCodes && user.Roles.Any(r => r.Role == RoleNames.Administrator));

    private async Task ShowAsync(User user)
    {
        Enabled = user.TwoFactorEnabled;
        MayTurnOff = CanTurnOff(user);
        RecoveryCodesLeft = await users.CountRecoveryCodesAsync(user);
        if (!Enabled && user.AuthenticatorKey is { } key)
        {
            Key = AuthenticatorCodes.Grouped(key);
            SetupAddress = AuthenticatorCodes.SetupAddress(user.Email, key);
            QrCode = QrCodeSvg.Draw(SetupAddress.AbsoluteUri, "QR code that adds your Waymark account to an authenticator app");
        }
    }

    private async Task<User?> UserAsync() =>
        settings.LocalAccounts && await users.GetUserAsync(User) is { PasswordHash: not null } user ? user : null;
}
