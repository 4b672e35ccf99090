using System.Collections.Concurrent;
using System.Net;

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

using Waymark.Data.People;
using Waymark.Data.Store;

namespace Waymark.Web.BrowserTests.Hosting;

/// <summary>
/// The web application served by Kestrel on 127.0.0.1 and a free port, over a new SQLite store in a temporary folder
/// filled with the demo council on start, on 10 February 2011 (after the Q3 2010/11 deadlines). Every demo user is
/// given <see cref="Password"/>. It remembers which page route served each path, so that a test can say which page
/// it has checked.
/// </summary>
public sealed class WaymarkServer : WebApplicationFactory<Program>
{
    public const string Password = "correct horse battery staple";

    public static readonly DateTimeOffset Today = new(2011, 2, 10, 9, 0, 0, TimeSpan.Zero);

    private readonly string folder = Directory.CreateTempSubdirectory("waymark-browser-").FullName;

    public WaymarkServer() => UseKestrel(options => options.Listen(IPAddress.Loopback, 0));

    /// <summary>The route pattern of the endpoint that last answered each path.</summary>
    public ConcurrentDictionary<string, string> Served { get; } = new(StringComparer.Ordinal);

    /// <summary>The address of the server, such as http://127.0.0.1:40123.</summary>
    public Uri Address => ClientOptions.BaseAddress;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting(DatabaseLocation.EnvironmentVariable, "sqlite:" + Path.Combine(folder, "waymark.db"));
        builder.UseEnvironment("Production");
        builder.ConfigureLogging(logging => logging.ClearProviders());
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(new FixedClock(Today));
            services.AddSingleton<IStartupFilter>(new RouteRecorder(Served));
        });
    }

    /// <summary>Gives every user the test password.</summary>
    public async Task SetPasswordsAsync()
    {
        await using AsyncServiceScope scope = Services.CreateAsyncScope();
        UserManager<User> users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        WaymarkDb db = scope.ServiceProvider.GetRequiredService<WaymarkDb>();
        foreach (User user in await db.Users.Include(u => u.Roles).ToListAsync())
        {
            if (user.PasswordHash is not null)
            {
                await users.RemovePasswordAsync(user);
            }

            IdentityResult result = await users.AddPasswordAsync(user, Password);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
            }
        }
    }

    /// <summary>Runs <paramref name="action"/> with a context on the app's store.</summary>
    public async Task<T> WithDbAsync<T>(Func<WaymarkDb, Task<T>> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        await using AsyncServiceScope scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<WaymarkDb>());
    }

    /// <summary>The page route patterns of the app, such as <c>trackers/{id:int}</c>.</summary>
    public IReadOnlyList<string> PageRoutes() =>
        [.. Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.RazorPages.PageActionDescriptor>() is not null)
            .Select(e => RouteRecorder.Normalise(e.RoutePattern.RawText))
            .Distinct()
            .Order(StringComparer.Ordinal)];

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
