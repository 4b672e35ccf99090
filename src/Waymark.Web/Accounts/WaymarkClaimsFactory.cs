using System.Security.Claims;

using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

using Waymark.Data.People;

namespace Waymark.Web.Accounts;

/// <summary>The claims of a signed-in user: their email as the name, their full name, whether they have a password and every role they hold.</summary>
public sealed class WaymarkClaimsFactory(UserManager<User> users, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<User>(users, options)
{
    public const string FullNameClaim = "waymark:full-name";

    public const string OrganisationClaim = "waymark:organisation";

    /// <summary>Present when the person has a Waymark password, so may change it.</summary>
    public const string PasswordClaim = "waymark:password";

    /// <summary>Present when signing in with the password also needs a code from the person's authenticator app.</summary>
    public const string CodesClaim = "waymark:codes";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(User user)
    {
        ArgumentNullException.ThrowIfNull(user);
        ClaimsIdentity identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(FullNameClaim, user.Name));
        if (!string.IsNullOrWhiteSpace(user.Organisation))
        {
            identity.AddClaim(new Claim(OrganisationClaim, user.Organisation));
        }
        if (user.PasswordHash is not null)
        {
            identity.AddClaim(new Claim(PasswordClaim, "yes"));
        }

        if (user.TwoFactorEnabled)
        {
            identity.AddClaim(new Claim(CodesClaim, "yes"));
        }

        foreach (UserRole role in user.Roles)
        {
            identity.AddClaim(new Claim(ClaimTypes.Role, role.Role));
        }

        return identity;
    }
}
