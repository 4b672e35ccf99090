using System.Collections.Concurrent;

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Waymark.Web.BrowserTests.Hosting;

/// <summary>Records, for every request path, the route pattern of the endpoint that answered it.</summary>
internal sealed class RouteRecorder(ConcurrentDictionary<string, string> served) : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, following) =>
        {
            string path = context.Request.Path.Value ?? "/";
            await following(context);
            if (context.GetEndpoint() is RouteEndpoint endpoint)
            {
                served[path] = WaymarkHost.Route(endpoint.RoutePattern.RawText);
            }
        });
        next(app);
    };
}
