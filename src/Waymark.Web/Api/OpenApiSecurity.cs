using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Waymark.Web.Api;

/// <summary>
/// The API's security as the OpenAPI description declares it: two schemes, a personal access token sent as a bearer
/// token and the session cookie of the web pages, and every operation requiring one or the other, with a 401
/// response for a request that has neither.
/// </summary>
public static class OpenApiSecurity
{
    public const string Bearer = "personal_access_token";

    public const string Cookie = "session_cookie";

    private const string CodesRequired = "An administrator who must use codes from an authenticator app (WAYMARK_ADMINISTRATOR_CODES is required) and has not set one up is refused every request until they do";

    public static Task DescribeSchemesAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[Bearer] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "Waymark personal access token",
            Description = "A personal access token, made at /account/tokens, sent as 'Authorization: Bearer <token>'. The request is allowed what the token's user is allowed.",
        };
        document.Components.SecuritySchemes[Cookie] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Cookie,
            Name = "waymark-session",
            Description = "The session cookie of a user signed in to the web pages. A write must also send the antiforgery token in the RequestVerificationToken header.",
        };
        return Task.CompletedTask;
    }

    public static Task RequireSignInAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(context);
        operation.Security =
        [
            new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Bearer, context.Document)] = [] },
            new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Cookie, context.Document)] = [] },
        ];
        operation.Responses ??= [];
        if (operation.Responses.TryGetValue("401", out IOpenApiResponse? unauthorised) && unauthorised is OpenApiResponse response)
        {
            response.Description = "Not signed in: no token or session cookie, or a token that is unknown, expired or revoked";
        }

        if (operation.Responses.TryGetValue("403", out IOpenApiResponse? forbidden) && forbidden is OpenApiResponse refused)
        {
            refused.Description = HttpMethods.IsGet(context.Description.HttpMethod ?? string.Empty)
                ? CodesRequired
                : "Signed in, but not allowed to do this: results are entered by the indicator's owner or an administrator; " + CodesRequired[0..1].ToLowerInvariant() + CodesRequired[1..];
        }

        return Task.CompletedTask;
    }
}
