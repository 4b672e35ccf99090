using System.Security.Claims;

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

using Waymark.Data.People;

namespace Waymark.Web.Accounts;

/// <summary>
/// When <see cref="SignInSettings.AdministratorsNeedCodes"/> is set, sends an administrator who has a Waymark password but
/// no authenticator app set up to the page that sets one up, from every other page but signing out. The session carries
/// the roles and the codes' state the store holds now (<see cref="SessionValidation"/>), so this holds from the request
/// after a change. The API holds to the same rule (<see cref="Missing"/>), so such an administrator's access tokens
/// are refused until codes are set up.
/// </summary>
public sealed class AdministratorCodes(SignInSettings settings) : IAsyncPageFilter
{
    private static readonly string[] Exempt = ["/Account/Authenticator", "/Account/SignOut", "/Error"];

    /// <summary>
    /// Whether <paramref name="user"/> is an administrator who signs in with a Waymark password and has no authenticator
    /// app set up while <paramref name="settings"/> require one: such a person may use neither pages (but setting one up
    /// and signing out) nor the API, by session or access token alike.
    /// </summary>
    public static bool Missing(SignInSettings settings, ClaimsPrincipal user) =>
        settings is { AdministratorsNeedCodes: true }
        && user is { Identity.IsAuthenticated: true }
        && user.IsInRole(RoleNames.Administrator)
        && user.HasClaim(c => c.Type == WaymarkClaimsFactory.PasswordClaim)
        && !user.HasClaim(c => c.Type == WaymarkClaimsFactory.CodesClaim);

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (Missing(settings, context.HttpContext.User)
            && !Exempt.Contains(context.ActionDescriptor.ViewEnginePath, StringComparer.Ordinal))
        {
            context.Result = new RedirectToPageResult("/Account/Authenticator", new { required = true });
            return;
        }

        await next();
    }
}
