using System.Collections.Concurrent;
using System.Net;

using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Waymark.Web.BrowserTests.Hosting;

/// <summary>
/// The shared <see cref="WaymarkHost"/> served by Kestrel on 127.0.0.1 and a free port, on 10 February 2011 (after
/// the Q3 2010/11 deadlines). It remembers which page route served each path, so that a test can say which page it
/// has checked.
/// </summary>
public sealed class WaymarkServer : WaymarkHost
{
    public static readonly DateTimeOffset Today = new(2011, 2, 10, 9, 0, 0, TimeSpan.Zero);

    public WaymarkServer()
        : base("waymark-browser-") => UseKestrel(options => options.Listen(IPAddress.Loopback, 0));

    /// <summary>The route pattern of the endpoint that last answered each path.</summary>
    public ConcurrentDictionary<string, string> Served { get; } = new(StringComparer.Ordinal);

    /// <summary>The address of the server, such as http://127.0.0.1:40123.</summary>
    public Uri Address => ClientOptions.BaseAddress;

    protected override TimeProvider? Clock { get; } = new FixedClock(Today);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<IStartupFilter>(new RouteRecorder(Served)));
    }
}
