using System.Text.RegularExpressions;

using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Template;

using Waymark.Web.Tests.Api;

namespace Waymark.Web.Tests.Security;

/// <summary>
/// The role matrices visit every page and every signed-in API endpoint that the app's own endpoint data lists, so
/// that a new page or endpoint cannot go without its row of allowed and refused.
/// </summary>
public sealed partial class MatrixCoverageTests(WaymarkApp app) : IClassFixture<WaymarkApp>
{
    [Fact]
    public void EveryPageRoute_IsInARoleMatrix()
    {
        string[] visited =
        [
            .. Urls(AuthorisationMatrixTests.Pages), .. Urls(AuthorisationMatrixTests.ReportPages),
            .. Urls(AdministrationMatrixTests.Pages()), .. Urls(AccountMatrixTests.Pages()),
        ];
        IReadOnlyList<string> routes = app.PageRoutes();

        Assert.Contains("admin/boards/edit/{id:int?}", routes);
        string[] missing = [.. routes.Where(r => !visited.Any(url => Matches(r, url)))];
        Assert.True(missing.Length == 0, "These pages have no row in a role matrix: " + string.Join(", ", missing));
    }

    [Fact]
    public void EverySignedInApiEndpoint_IsInTheApiMatrix()
    {
        string[] visited = [.. Urls(ApiAuthorisationMatrixTests.Matrix())];
        string[] endpoints =
        [
            .. app.Endpoints()
                .Where(e => e.RoutePattern.RawText?.TrimStart('/').StartsWith("api/", StringComparison.Ordinal) == true && EndpointAuthorisationTests.Rule(e) != EndpointAuthorisationTests.Anyone)
                .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? []).Select(m => m + " " + WaymarkHost.Route(e.RoutePattern.RawText))),
        ];

        Assert.Contains("PUT api/indicators/{id:int}/results", endpoints);
        string[] missing = [.. endpoints.Where(e => !visited.Any(v => v.StartsWith(e.Split(' ')[0] + " ", StringComparison.Ordinal) && Matches(e.Split(' ')[1], v.Split(' ')[1])))];
        Assert.True(missing.Length == 0, "These API endpoints have no row in the API matrix: " + string.Join(", ", missing));
    }

    /// <summary>The first column of a matrix: a URL, or a method and a URL, with placeholders such as {ni66}.</summary>
    private static IEnumerable<string> Urls(IEnumerable<object?[]> rows) => rows.Select(r => (string)r[0]!).Distinct();

    /// <summary>Whether a matrix URL, its placeholders standing for ids and its query left off, is one of the route's.</summary>
    private static bool Matches(string route, string url)
    {
        string path = Placeholder().Replace(url.Split('?')[0], "1");
        var matcher = new TemplateMatcher(TemplateParser.Parse(route), new RouteValueDictionary());
        return matcher.TryMatch(new PathString(path), new RouteValueDictionary());
    }

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex Placeholder();
}
