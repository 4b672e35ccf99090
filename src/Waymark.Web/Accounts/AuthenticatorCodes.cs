using System.Globalization;

using Microsoft.AspNetCore.Identity;

using OtpNet;

using Waymark.Data.People;

namespace Waymark.Web.Accounts;

/// <summary>
/// Time-based one-time codes (RFC 6238) from an authenticator app, as ASP.NET Core Identity's authenticator provider:
/// six digits from HMAC-SHA-1 of the secret over 30-second steps, as every common app makes them. A code is accepted in
/// its own step and the one either side, to allow for a phone's clock drifting, and once only: the step of the code
/// accepted is kept, and a code of that step or an earlier one is refused. Reads the time from the app's clock.
/// </summary>
public sealed class AuthenticatorCodes(TimeProvider clock) : IUserTwoFactorTokenProvider<User>
{
    /// <summary>The issuer an authenticator app shows beside the account.</summary>
    public const string Issuer = "Waymark";

    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<User> manager, User user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        return !string.IsNullOrWhiteSpace(await manager.GetAuthenticatorKeyAsync(user));
    }

    public async Task<string> GenerateAsync(string purpose, UserManager<User> manager, User user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        string key = await manager.GetAuthenticatorKeyAsync(user) ?? throw new InvalidOperationException("The account has no authenticator key.");
        return Code(key, clock.GetUtcNow());
    }

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<User> manager, User user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        ArgumentNullException.ThrowIfNull(user);
        string code = (token ?? string.Empty).Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (code.Length != 6 || !code.All(char.IsAsciiDigit) || await manager.GetAuthenticatorKeyAsync(user) is not { Length: > 0 } key)
        {
            return false;
        }

        var totp = new Totp(Base32Encoding.ToBytes(key));
        if (!totp.VerifyTotp(clock.GetUtcNow().UtcDateTime, code, out long step, new VerificationWindow(previous: 1, future: 1))
            || step <= (user.AuthenticatorLastStep ?? long.MinValue))
        {
            return false;
        }

        user.AuthenticatorLastStep = step;
        return true;
    }

    /// <summary>The code an authenticator app shows for <paramref name="key"/> (base32) at <paramref name="at"/>.</summary>
    public static string Code(string key, DateTimeOffset at) => new Totp(Base32Encoding.ToBytes(key)).ComputeTotp(at.UtcDateTime);

    /// <summary>The <c>otpauth://</c> address an authenticator app reads to add the account.</summary>
    public static Uri SetupAddress(string email, string key) => new(string.Create(CultureInfo.InvariantCulture,
        $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(email)}?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&algorithm=SHA1&digits=6&period=30"));

    /// <summary>The key in groups of four letters, as people type it.</summary>
    public static string Grouped(string key) =>
        string.Join(' ', (key ?? string.Empty).Chunk(4).Select(c => new string(c)));
}
