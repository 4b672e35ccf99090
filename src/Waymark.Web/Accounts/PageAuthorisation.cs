using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

using Waymark.Data.People;

namespace Waymark.Web.Accounts;

/// <summary>
/// Who may open which pages, by folder, in one place: every page needs a signed-in user, the administration pages and
/// the report's writing and publishing need an administrator, and the few pages the public reads are open to anyone.
/// A new page is covered by the rule of its folder. Rules that depend on what a page shows (the officer named on a
/// tracker, the owner of an indicator) stay with the page, in <see cref="Permissions"/>.
/// </summary>
public static class PageAuthorisation
{
    /// <summary>The policy of the performance team's pages: the administrator role.</summary>
    public const string Administrators = "administrators";

    public static void AddPolicies(AuthorizationBuilder authorisation)
    {
        ArgumentNullException.ThrowIfNull(authorisation);
        authorisation
            .AddPolicy(Administrators, policy => policy.RequireAuthenticatedUser().RequireRole(RoleNames.Administrator))
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
    }

    public static void Apply(PageConventionCollection pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        pages.AuthorizeFolder("/");
        pages.AuthorizeFolder("/Admin", Administrators);
        pages.AuthorizePage("/Reports/Narrative", Administrators);
        pages.AuthorizePage("/Reports/Publish", Administrators);

        pages.AllowAnonymousToPage("/Index");
        pages.AllowAnonymousToPage("/Error");
        pages.AllowAnonymousToPage("/Account/SignIn");
        pages.AllowAnonymousToPage("/Account/SignOut");
        pages.AllowAnonymousToPage("/Account/ForgottenPassword");
        pages.AllowAnonymousToPage("/Account/ResetPassword");
        pages.AllowAnonymousToPage("/Account/SignInCode");
        pages.AllowAnonymousToPage("/Reports/Published/Index");
        pages.AllowAnonymousToPage("/Reports/Published/Report");
        pages.AllowAnonymousToPage("/Reports/Published/File");
    }
}
