using System.Security.Claims;

using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

using Waymark.Data.People;

namespace Waymark.Web.Accounts;

/// <summary>
/// Checks a session cookie against the store on every request: the account must still exist, must not be locked and must
/// have the security stamp the cookie was issued with (it changes when the password or roles are changed on the users
/// page, when the account is locked and when the person signs out). The request then carries the roles the person holds
/// now, not those they held when they signed in.
/// </summary>
public static class SessionValidation
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        // A scope of its own, so that the request's store context is made after sign-in and names the user in the audit log.
        await using AsyncServiceScope scope = context.HttpContext.RequestServices.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        SignInManager<User> signIn = scope.ServiceProvider.GetRequiredService<SignInManager<User>>();
        TimeProvider clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        User? user = await signIn.ValidateSecurityStampAsync(context.Principal);
        if (user is null || user.IsLockedAt(clock.GetUtcNow()))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }

        ClaimsPrincipal current = await signIn.CreateUserPrincipalAsync(user);
        context.ReplacePrincipal(current);
    }
}
