using System.Security.Claims;

using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.Tokens;

using Waymark.Data.People;
using Waymark.Data.Store;

namespace Waymark.Web.Accounts;

/// <summary>
/// Signing in through the council's identity provider by OpenID Connect (authorisation code with PKCE). The provider
/// says who the person is; Waymark decides which account that is and what it may do: the account whose administrator-set
/// subject is the token's <c>sub</c>, or else the account with the token's email when the provider says the email is
/// verified. The person then holds a Waymark session like any other, checked on every request by
/// <see cref="SessionValidation"/>, with the roles held in Waymark. Anything else is refused with the reason in words
/// on the sign-in page.
/// </summary>
public static class SingleSignOn
{
    public const string Scheme = "oidc";

    /// <summary>Why single sign-on did not sign a person in, as the sign-in page's <c>refused</c> value.</summary>
    public static class Refusals
    {
        public const string Unknown = "unknown";
        public const string Unverified = "unverified";
        public const string Locked = "locked";
        public const string Audience = "audience";
        public const string Signature = "signature";
        public const string Expired = "expired";
        public const string Failed = "failed";
    }

    public static void Add(AuthenticationBuilder authentication, SingleSignOnProvider provider, CookieSecurePolicy cookies)
    {
        ArgumentNullException.ThrowIfNull(authentication);
        ArgumentNullException.ThrowIfNull(provider);
        authentication.AddOpenIdConnect(Scheme, provider.Name, options =>
        {
            options.Authority = provider.Issuer.ToString();
            options.RequireHttpsMetadata = provider.Issuer.Scheme == Uri.UriSchemeHttps;
            options.ClientId = provider.ClientId;
            options.ClientSecret = provider.ClientSecret;
            options.ResponseType = "code";
            options.UsePkce = true;
            options.ResponseMode = "query";
            options.Scope.Clear();
            options.Scope.Add("openid");
            options.Scope.Add("email");
            options.MapInboundClaims = false;
            options.SaveTokens = false;
            options.GetClaimsFromUserInfoEndpoint = false;
            options.SignInScheme = IdentityConstants.ExternalScheme;
            options.CallbackPath = "/signin-oidc";
            options.CorrelationCookie.SecurePolicy = cookies;
            options.CorrelationCookie.SameSite = SameSiteMode.Lax;
            options.NonceCookie.SecurePolicy = cookies;
            options.NonceCookie.SameSite = SameSiteMode.Lax;
            options.Events = new OpenIdConnectEvents
            {
                OnTokenValidated = SignInAsync,
                OnRemoteFailure = RefuseAsync,
            };
        });
    }

    private static async Task SignInAsync(TokenValidatedContext context)
    {
        ClaimsPrincipal identity = context.Principal ?? new ClaimsPrincipal();
        string? subject = identity.FindFirst("sub")?.Value;
        string email = identity.FindFirst("email")?.Value?.Trim() ?? string.Empty;
        bool verified = string.Equals(identity.FindFirst("email_verified")?.Value, "true", StringComparison.OrdinalIgnoreCase);

        // A scope of its own, so that the store context made for the audit trail names the person once signed in.
        await using AsyncServiceScope scope = context.HttpContext.RequestServices.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        IServiceProvider services = scope.ServiceProvider;
        WaymarkDb db = services.GetRequiredService<WaymarkDb>();
        TimeProvider clock = services.GetRequiredService<TimeProvider>();
        CancellationToken cancellationToken = context.HttpContext.RequestAborted;

        User? user = subject is null ? null : await db.Users.Include(u => u.Roles).FirstOrDefaultAsync(u => u.SignInSubject == subject, cancellationToken);
        string? refusal = null;
        if (user is null)
        {
            if (email.Length == 0)
            {
                refusal = Refusals.Unknown;
            }
            else if (!verified)
            {
                refusal = Refusals.Unverified;
            }
            else
            {
                string normalised = email.ToUpperInvariant();
                user = await db.Users.Include(u => u.Roles).FirstOrDefaultAsync(u => u.Email.ToUpper() == normalised, cancellationToken);
                refusal = user is null ? Refusals.Unknown : null;
            }
        }

        if (user is not null && user.IsLockedAt(clock.GetUtcNow()))
        {
            refusal = Refusals.Locked;
        }

        string who = user?.Email ?? email;
        if (refusal is not null || user is null)
        {
            await SignInAudit.WriteAsync(db, clock, who, SignInAudit.Refused, Scheme, refusal, cancellationToken);
            context.HandleResponse();
            context.Response.Redirect(RefusedPage(context.HttpContext, refusal ?? Refusals.Unknown));
            return;
        }

        await services.GetRequiredService<SignInManager<User>>().SignInAsync(user, isPersistent: false, authenticationMethod: Scheme);
        await SignInAudit.WriteAsync(db, clock, user.Email, SignInAudit.SignedIn, Scheme, null, cancellationToken);
        context.HandleResponse();
        string? back = context.Properties?.RedirectUri;
        context.Response.Redirect(back is not null && back.StartsWith('/') && !back.StartsWith("//", StringComparison.Ordinal) && !back.StartsWith("/\\", StringComparison.Ordinal)
            ? back
            : services.GetRequiredService<LinkGenerator>().GetPathByPage(context.HttpContext, "/Index") ?? "/");
    }

    private static async Task RefuseAsync(RemoteFailureContext context)
    {
        string reason = Refusals.Failed;
        for (Exception? failure = context.Failure; failure is not null; failure = failure.InnerException)
        {
            reason = failure switch
            {
                SecurityTokenInvalidAudienceException => Refusals.Audience,
                SecurityTokenInvalidSignatureException or SecurityTokenSignatureKeyNotFoundException => Refusals.Signature,
                SecurityTokenExpiredException => Refusals.Expired,
                _ => reason,
            };
        }

        await using AsyncServiceScope scope = context.HttpContext.RequestServices.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        await SignInAudit.WriteAsync(scope.ServiceProvider.GetRequiredService<WaymarkDb>(), scope.ServiceProvider.GetRequiredService<TimeProvider>(),
            string.Empty, SignInAudit.Refused, Scheme, reason, context.HttpContext.RequestAborted);
        context.HandleResponse();
        context.Response.Redirect(RefusedPage(context.HttpContext, reason));
    }

    private static string RefusedPage(HttpContext context, string reason) =>
        context.RequestServices.GetRequiredService<LinkGenerator>().GetPathByPage(context, "/Account/SignIn", values: new { refused = reason })
        ?? throw new InvalidOperationException("The sign-in page has no route.");
}
