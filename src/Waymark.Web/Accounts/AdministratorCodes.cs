using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

using Waymark.Data.People;

namespace Waymark.Web.Accounts;

/// <summary>
/// When <see cref="SignInSettings.AdministratorsNeedCodes"/> is set, sends an administrator who has a Waymark password but
/// no authenticator app set up to the page that sets one up, from every other page but signing out. The session carries
/// the roles and the codes' state the store holds now (<see cref="SessionValidation"/>), so this holds from the request
/// after a change.
/// </summary>
public sealed class AdministratorCodes(SignInSettings settings) : IAsyncPageFilter
{
    private static readonly string[] Exempt = ["/Account/Authenticator", "/Account/SignOut", "/Error"];

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (settings.AdministratorsNeedCodes
            && context.HttpContext.User is { Identity.IsAuthenticated: true } user
            && user.IsInRole(RoleNames.Administrator)
            && user.HasClaim(c => c.Type == WaymarkClaimsFactory.PasswordClaim)
            && !user.HasClaim(c => c.Type == WaymarkClaimsFactory.CodesClaim)
            && !Exempt.Contains(context.ActionDescriptor.ViewEnginePath, StringComparer.Ordinal))
        {
            context.Result = new RedirectToPageResult("/Account/Authenticator", new { required = true });
            return;
        }

        await next();
    }
}
