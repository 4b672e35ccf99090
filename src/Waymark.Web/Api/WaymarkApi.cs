using System.Text.Json;

using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Identity;

using Waymark.Web.Accounts;

namespace Waymark.Web.Api;

/// <summary>
/// The JSON API under <c>/api</c> and its OpenAPI description at <c>/api/openapi.json</c>. A request is signed in
/// either by a personal access token (<c>Authorization: Bearer</c>) or by the session cookie, and is allowed what
/// the same user's pages allow; a write signed in by the cookie must carry the antiforgery token as well.
/// </summary>
public static partial class WaymarkApi
{
    /// <summary>The authentication scheme of API requests: the token when one is given, else the session cookie.</summary>
    public const string Scheme = "waymark-api";

    public const string DocumentPath = "/api/openapi.json";

    public static void AddWaymarkApi(this IServiceCollection services)
    {
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, AccessTokenAuthentication>(AccessTokenAuthentication.Name, null)
            .AddPolicyScheme(Scheme, "Access token or session", options => options.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith(AccessTokenAuthentication.Name + " ", StringComparison.OrdinalIgnoreCase)
                    ? AccessTokenAuthentication.Name
                    : IdentityConstants.ApplicationScheme);
        services.PostConfigure<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme, options =>
        {
            Func<RedirectContext<CookieAuthenticationOptions>, Task> signIn = options.Events.OnRedirectToLogin;
            options.Events.OnRedirectToLogin = context =>
            {
                if (!IsApi(context.Request))
                {
                    return signIn(context);
                }

                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                return Task.CompletedTask;
            };
        });
        services.AddAuthorizationBuilder().AddPolicy(Scheme, policy => policy.AddAuthenticationSchemes(Scheme).RequireAuthenticatedUser());
        services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            options.SerializerOptions.DictionaryKeyPolicy = null;
        });
        services.AddOpenApi(options =>
        {
            options.ShouldInclude = description => description.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true;
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "Waymark API";
                document.Info.Description =
                    "Indicators, results with what the rules say about them, ratings summaries, trackers, benchmarks and assessments. " +
                    "Send a personal access token, made at /account/tokens, as 'Authorization: Bearer <token>', or the session cookie of the web pages (see securitySchemes). " +
                    "Property names are snake_case; numbers are JSON numbers at the indicator's decimals; periods are keys such as '2010/11 Q3'.";
                return Task.CompletedTask;
            });
            options.AddDocumentTransformer(OpenApiSecurity.DescribeSchemesAsync);
            options.AddOperationTransformer(OpenApiSecurity.RequireSignInAsync);
        });
    }

    /// <summary>
    /// API responses keep their status and answer in problem details instead of the HTML error pages: an error
    /// status with no body (an unknown address, which is 404 whoever asks, a request not signed in or not allowed, a query the framework could
    /// not bind) is given one, and an exception is logged and answered with a 500 problem.
    /// </summary>
    public static void UseWaymarkApi(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (!IsApi(context.Request))
        {
            await next(context);
            return;
        }

        if (context.Features.Get<IStatusCodePagesFeature>() is { } pages)
        {
            pages.Enabled = false;
        }

        try
        {
            await next(context);
        }
        catch (Exception e) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            int status = e is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError;
            if (status >= StatusCodes.Status500InternalServerError)
            {
                Failed(context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(WaymarkApi)), e, context.Request.Method, context.Request.Path);
            }

            context.Response.Clear();
            await ApiProblems.ForStatus(context, status).ExecuteAsync(context);
            return;
        }

        // An address the API does not have is refused by the pages' sign-in rule before anything can say it is unknown.
        if (context.GetEndpoint() is null && context.Response.StatusCode is StatusCodes.Status401Unauthorized or StatusCodes.Status403Forbidden
            && !context.Response.HasStarted)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
        }

        if (context.Response.StatusCode >= StatusCodes.Status400BadRequest && !context.Response.HasStarted
            && context.Response.ContentLength is null && string.IsNullOrEmpty(context.Response.ContentType))
        {
            await ApiProblems.ForStatus(context, context.Response.StatusCode).ExecuteAsync(context);
        }
    });

    public static void MapWaymarkApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapOpenApi(DocumentPath).AllowAnonymous();

        RouteGroupBuilder api = endpoints.MapGroup("/api")
            .RequireAuthorization(Scheme)
            .AddEndpointFilter(async (context, next) =>
                AdministratorCodes.Missing(context.HttpContext.RequestServices.GetRequiredService<SignInSettings>(), context.HttpContext.User)
                    ? ApiProblems.CodesRequired()
                    : await next(context))
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .WithTags("Waymark");

        api.MapGet("/indicators", IndicatorEndpoints.ListAsync)
            .WithName("ListIndicators")
            .WithSummary("Indicators, each with its result and rating for a period")
            .WithDescription("Filters: board (id or name), priority (id or code), rating (red, amber, green, not_rated), period (such as 2010/11 Q3; the latest reporting period when not given), variation (the variation icon of the latest point: concern, improvement, neither, common_cause or not_shown), assurance (the target's assurance icon against the latest limits: fail, hit_or_miss, pass or not_shown).")
            .Produces<IndicatorListJson>()
            .ProducesValidationProblem();
        api.MapGet("/indicators/{id:int}", IndicatorEndpoints.OneAsync)
            .WithName("GetIndicator")
            .WithSummary("One indicator's definition")
            .Produces<IndicatorJson>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/indicators/{id:int}/results", IndicatorEndpoints.ResultsAsync)
            .WithName("ListResults")
            .WithSummary("Every result of an indicator, oldest first, with its target, rating, reason, direction, predicted year end and predicted rating")
            .Produces<ResultHistoryJson>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/indicators/{id:int}/results", ResultWrites.PostAsync)
            .WithName("AddResult")
            .WithSummary("Adds an indicator's result for a period that has none")
            .WithDescription("For the indicator's owner or an administrator. A period that already has a result gives 409 with the stored result: replace it with PUT and its version.")
            .Accepts<ResultInput>("application/json")
            .Produces<ResultJson>(StatusCodes.Status201Created)
            .Produces<ResultConflictJson>(StatusCodes.Status409Conflict)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .AddEndpointFilter(RequireAntiforgeryWithCookie);
        api.MapPut("/indicators/{id:int}/results", ResultWrites.PutAsync)
            .WithName("WriteResult")
            .WithSummary("Adds or replaces an indicator's result for a period")
            .WithDescription("For the indicator's owner or an administrator. Give the version of the result you read: a result changed since gives 409 with the stored result, and nothing is saved.")
            .Accepts<ResultInput>("application/json")
            .Produces<ResultJson>()
            .Produces<ResultJson>(StatusCodes.Status201Created)
            .Produces<ResultConflictJson>(StatusCodes.Status409Conflict)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .AddEndpointFilter(RequireAntiforgeryWithCookie);
        api.MapGet("/summaries", SummaryEndpoints.ListAsync)
            .WithName("ListSummaries")
            .WithSummary("Each board's ratings summary for a period: red, amber, green and unable to traffic light, now and predicted at year end")
            .WithDescription("Filters: board (id or name), period (the latest reporting period when not given).")
            .Produces<List<SummaryJson>>()
            .ProducesValidationProblem();
        api.MapGet("/trackers", TrackerEndpoints.ListAsync)
            .WithName("ListTrackers")
            .WithSummary("The priorities' trackers, newest period first")
            .WithDescription("Filters: priority (id or code), period, state (draft, submitted, returned, agreed).")
            .Produces<List<TrackerLineJson>>()
            .ProducesValidationProblem();
        api.MapGet("/trackers/{id:int}", TrackerEndpoints.OneAsync)
            .WithName("GetTracker")
            .WithSummary("One tracker with its actions and the steps of its sign-off")
            .Produces<TrackerJson>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/assessments", AssessmentEndpoints.OneAsync)
            .WithName("GetAssessment")
            .WithSummary("An assessment framework's scores worked out from the indicators: each block, current and predicted, provisional or not, what would move it, and the overall category")
            .WithDescription("framework (its name or round, such as CPA or CPA 2007; the council's current framework when not given), period (the results up to this period, such as 2010/11 Q3; the latest quarter with results in the framework's year when not given).")
            .Produces<AssessmentJson>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/benchmarks", BenchmarkEndpoints.OneAsync)
            .WithName("GetBenchmark")
            .WithSummary("Where an LA stands on a measure for a period: the figures of waymark benchmark")
            .WithDescription("measure (LAIT code, such as CP_conf_15days), area (DfE number, such as 383, or name), period (such as 2023/24), model (the neighbour model; the newest when not given).")
            .Produces<BenchmarkJson>()
            .ProducesValidationProblem();
        api.MapGet("/funnels", FunnelEndpoints.OneAsync)
            .WithName("GetFunnel")
            .WithSummary("Every LA on a measure's funnel plot for a period: the centre, each LA's count, denominator, value, 95% and 99.8% limits and where it lies, and the LAs beyond each limit")
            .WithDescription("measure (its code, such as PrevRegCPR), period (such as 2024/25; the latest period with LAs' counts and denominators when not given). 404 when the store has no such measure, or no LAs' counts for it in the period.")
            .Produces<FunnelJson>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The API request {Method} {Path} failed")]
    private static partial void Failed(ILogger logger, Exception exception, string method, PathString path);

    private static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);

    private static async ValueTask<object?> RequireAntiforgeryWithCookie(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        HttpContext context = invocation.HttpContext;
        if (context.User.Identity?.AuthenticationType != AccessTokenAuthentication.Name
            && !await context.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(context))
        {
            return TypedResults.Problem(
                "A write signed in with the session cookie must send the antiforgery token in the RequestVerificationToken header; scripts should use a personal access token instead",
                statusCode: StatusCodes.Status400BadRequest,
                title: "Antiforgery token missing or invalid");
        }

        return await next(invocation);
    }
}
