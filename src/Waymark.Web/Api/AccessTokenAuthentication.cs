using System.Security.Claims;
using System.Text.Encodings.Web;

using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

using Waymark.Data.People;
using Waymark.Data.Store;

namespace Waymark.Web.Api;

/// <summary>
/// Signs in a request that carries <c>Authorization: Bearer &lt;token&gt;</c> as the user who created the token, with
/// the claims (and so the roles) they hold now, read on every request. An unknown, expired or revoked token fails, and
/// so does the token of a locked or deleted account.
/// </summary>
public sealed class AccessTokenAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IServiceScopeFactory scopes,
    TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string Name = "Bearer";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (header is null || !header.StartsWith(Name + " ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        string token = header[(Name.Length + 1)..].Trim();
        if (token.Length == 0)
        {
            return AuthenticateResult.Fail("The bearer token is empty.");
        }

        // A scope of its own, so that the request's context is made after sign-in and names the user in the audit log.
        await using AsyncServiceScope scope = scopes.CreateAsyncScope();
        WaymarkDb db = scope.ServiceProvider.GetRequiredService<WaymarkDb>();
        string hash = AccessTokens.Hash(token);
        AccessToken? stored = await db.AccessTokens.AsNoTracking().FirstOrDefaultAsync(t => t.TokenHash == hash, Context.RequestAborted);
        if (stored is null)
        {
            return AuthenticateResult.Fail("The token is not known.");
        }

        if (stored.RevokedAt is not null)
        {
            return AuthenticateResult.Fail("The token has been revoked.");
        }

        if (stored.ExpiresAt <= clock.GetUtcNow())
        {
            return AuthenticateResult.Fail("The token has expired.");
        }

        User? user = await db.Users.AsNoTracking().Include(u => u.Roles).FirstOrDefaultAsync(u => u.Id == stored.UserId, Context.RequestAborted);
        if (user is null)
        {
            return AuthenticateResult.Fail("The token's user no longer exists.");
        }

        if (user.IsLockedAt(clock.GetUtcNow()))
        {
            return AuthenticateResult.Fail("The token's user is locked.");
        }

        IUserClaimsPrincipalFactory<User> factory = scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<User>>();
        ClaimsPrincipal session = await factory.CreateAsync(user);
        var identity = new ClaimsIdentity(session.Claims, Name, ClaimTypes.Name, ClaimTypes.Role);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Name));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = Name;
        return Task.CompletedTask;
    }
}
