using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;

using Waymark.Web.Accounts;

namespace Waymark.Web.Tests.Security;

/// <summary>
/// Every page and API endpoint of the app, read from its own endpoint data, has an authorisation rule of its own: a
/// requirement or an explicit allow-anonymous. A new page or endpoint cannot rely on the fallback by accident.
/// </summary>
public sealed class EndpointAuthorisationTests(WaymarkApp app) : IClassFixture<WaymarkApp>
{
    public const string Anyone = "anyone";

    [Fact]
    public void EveryPageAndApiEndpoint_HasAnAuthorisationRule()
    {
        IReadOnlyList<RouteEndpoint> endpoints = app.Endpoints();

        Assert.Contains(endpoints, e => Route(e) == "trackers/{id:int}");
        Assert.Contains(endpoints, e => Route(e) == "api/indicators/{id:int}/results");
        string[] missing = [.. endpoints.Where(e => Rule(e) is null).Select(Describe).Order(StringComparer.Ordinal)];
        Assert.True(missing.Length == 0, "These endpoints have no authorisation rule: " + string.Join(", ", missing));
    }

    [Fact]
    public void OpenToAnyone_AreTheHomePageSignInAndOutErrorsPublishedReportsAndTheApiDescription()
    {
        string[] open = [.. app.Endpoints().Where(e => Rule(e) == Anyone).Select(Route).Distinct().Order(StringComparer.Ordinal)];

        Assert.Equal(
            ["", "api/openapi.json", "error/{code:int?}", "forgotten-password", "reports/published", "reports/published/{id:int}", "reports/published/{id:int}/{format}", "reset-password", "sign-in", "sign-in/code", "sign-out"],
            open);
    }

    [Fact]
    public void EveryAdministrationPage_NeedsAnAdministrator()
    {
        RouteEndpoint[] admin = [.. app.Endpoints().Where(e => e.Metadata.GetMetadata<PageActionDescriptor>()?.ViewEnginePath.StartsWith("/Admin/", StringComparison.Ordinal) == true)];

        Assert.True(admin.Length >= 10, $"only {admin.Length} administration pages were found");
        Assert.All(admin, e => Assert.Contains(PageAuthorisation.Administrators, Rule(e) ?? string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public void EveryApiEndpoint_SignsInWithTheTokenOrTheSession()
    {
        RouteEndpoint[] api = [.. app.Endpoints().Where(e => Route(e).StartsWith("api/", StringComparison.Ordinal) && Rule(e) != Anyone)];

        Assert.NotEmpty(api);
        Assert.All(api, e => Assert.Equal(Web.Api.WaymarkApi.Scheme, Rule(e)));
    }

    /// <summary>The endpoint's own rule: <see cref="Anyone"/>, the policies it needs ("signed in" for the default), or null when it has none.</summary>
    public static string? Rule(Endpoint endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        if (endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null)
        {
            return Anyone;
        }

        string[] rules =
        [
            .. endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy ?? (a.Roles is { } roles ? "roles " + roles : "signed in")),
            .. endpoint.Metadata.GetOrderedMetadata<AuthorizationPolicy>().Select(_ => "policy"),
        ];
        List<string> distinct = [.. rules.Distinct()];
        if (distinct.Count > 1)
        {
            distinct.Remove("signed in");
        }

        return distinct.Count == 0 ? null : string.Join(" and ", distinct);
    }

    private static string Route(RouteEndpoint endpoint) => WaymarkHost.Route(endpoint.RoutePattern.RawText);

    private static string Describe(RouteEndpoint endpoint) =>
        string.Join("|", endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["*"]) + " /" + Route(endpoint);
}
