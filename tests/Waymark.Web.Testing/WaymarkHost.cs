using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

using Waymark.Data.People;
using Waymark.Data.Store;

namespace Waymark.Web.Testing;

/// <summary>
/// The web application as every web and browser test starts it: in production mode, without logging, over a new
/// SQLite store and upload folder in a temporary folder deleted afterwards, filled with the demo council on start.
/// <see cref="SetPasswordsAsync"/> gives every demo user <see cref="Password"/>, so that tests can sign in as anyone.
/// </summary>
public abstract class WaymarkHost : WebApplicationFactory<Program>
{
    public const string Password = "correct horse battery staple";

    private readonly string folder;
    private readonly SemaphoreSlim passwords = new(1, 1);
    private bool passwordsSet;

    /// <param name="prefix">The start of the temporary folder's name, saying which suite made it.</param>
    protected WaymarkHost(string prefix) => folder = Directory.CreateTempSubdirectory(prefix).FullName;

    public string DatabasePath => Path.Combine(folder, "waymark.db");

    /// <summary>The clock the app reads; the system's unless a host fixes it.</summary>
    protected virtual TimeProvider? Clock => null;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseSetting(DatabaseLocation.EnvironmentVariable, "sqlite:" + DatabasePath);
        builder.UseSetting(Uploads.UploadFolder.Setting, Path.Combine(folder, "uploads"));
        builder.UseEnvironment("Production");

        // Tests sign in many times from one address; the limits' own tests set them low again.
        builder.UseSetting(Accounts.SignInLimits.PerAddressSetting, "100000");
        builder.UseSetting(Accounts.SignInLimits.PerAccountSetting, "100000");
        builder.ConfigureLogging(logging => logging.ClearProviders());
        if (Clock is { } clock)
        {
            builder.ConfigureTestServices(services => services.AddSingleton(clock));
        }
    }

    /// <summary>Gives every user the test password, once.</summary>
    public async Task SetPasswordsAsync()
    {
        await passwords.WaitAsync();
        try
        {
            if (passwordsSet)
            {
                return;
            }

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

            passwordsSet = true;
        }
        finally
        {
            passwords.Release();
        }
    }

    /// <summary>Runs <paramref name="action"/> with a context on the app's store.</summary>
    public async Task<T> WithDbAsync<T>(Func<WaymarkDb, Task<T>> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        await using AsyncServiceScope scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<WaymarkDb>());
    }

    /// <summary>Every endpoint the app routes to, pages and API alike, as its own endpoint data gives them.</summary>
    public IReadOnlyList<RouteEndpoint> Endpoints() =>
        [.. Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()];

    /// <summary>The page route patterns of the app, such as <c>trackers/{id:int}</c>.</summary>
    public IReadOnlyList<string> PageRoutes() =>
        [.. Endpoints()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null)
            .Select(e => Route(e.RoutePattern.RawText))
            .Distinct()
            .Order(StringComparer.Ordinal)];

    /// <summary>A route pattern without its leading and trailing slashes, as <see cref="PageRoutes"/> gives it.</summary>
    public static string Route(string? pattern) => (pattern ?? string.Empty).Trim('/');

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            passwords.Dispose();
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
}
