using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Net.Http.Headers;

namespace Waymark.Web.Serving;

/// <summary>
/// How long browsers keep the site's files: a year for an address that names the file's version (the layout's
/// <c>asp-append-version</c> links, whose address changes with the file), a day for the GOV.UK Frontend files
/// (which change only when the package is upgraded), and otherwise only while the server confirms they are unchanged.
/// </summary>
public static class StaticFileCaching
{
    public static void Apply(StaticFileResponseContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        HttpContext http = context.Context;
        string path = http.Request.Path.Value ?? string.Empty;
        http.Response.Headers[HeaderNames.CacheControl] =
            http.Request.Query.ContainsKey("v") ? "public, max-age=31536000, immutable"
            : path.StartsWith("/lib/", StringComparison.Ordinal) || path.StartsWith("/assets/", StringComparison.Ordinal) ? "public, max-age=86400"
            : "no-cache";
    }
}
