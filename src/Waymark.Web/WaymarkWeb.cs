using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Data.Sqlite;

using Waymark.Data.People;
using Waymark.Data.Store;
using Waymark.Web.Accounts;
using Waymark.Web.Api;
using Waymark.Web.Demo;
using Waymark.Web.Performance;
using Waymark.Web.Security;
using Waymark.Web.Serving;

namespace Waymark.Web;

/// <summary>How the web application is put together: its services and its request pipeline.</summary>
public static class WaymarkWeb
{
    /// <summary>The address served when none is configured: this machine only.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>Set to <c>false</c> to start with an empty store instead of the demo council.</summary>
    public const string DemoSetting = "WAYMARK_DEMO";

    public static void AddWaymark(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        string urls = builder.Configuration[WebHostDefaults.ServerUrlsKey] ?? string.Empty;
        if (string.IsNullOrEmpty(urls))
        {
            urls = DefaultUrl;
            builder.WebHost.UseUrls(DefaultUrl);
        }

        // Cookies are sent only over HTTPS, except when Waymark serves this machine alone (the default): a browser on
        // the same machine talks to it over plain HTTP, and nothing else can reach it.
        CookieSecurePolicy cookies = ServesThisMachineOnly(urls) ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;

        IServiceCollection services = builder.Services;
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(sp => Database(sp.GetRequiredService<IConfiguration>()));
        services.AddSingleton(sp => WaymarkDatabase.Options(Pooled(sp.GetRequiredService<DatabaseLocation>())));
        services.AddSingleton<PerformanceCache>();
        services.AddSingleton(sp => new Reporting.Writers.PdfPrinter(sp.GetRequiredService<TimeProvider>()));
        services.AddHttpContextAccessor();
        services.AddScoped(sp => new WaymarkDb(
            sp.GetRequiredService<Microsoft.EntityFrameworkCore.DbContextOptions<WaymarkDb>>(),
            sp.GetRequiredService<TimeProvider>(),
            Actor(sp.GetRequiredService<IHttpContextAccessor>().HttpContext)));

        services.AddIdentityCore<User>(options =>
            {
                options.User.RequireUniqueEmail = false;
                options.Password.RequiredLength = AccountPasswords.MinimumLength;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.AllowedForNewUsers = true;
                options.Tokens.AuthenticatorTokenProvider = TokenOptions.DefaultAuthenticatorProvider;
            })
            .AddUserStore<WaymarkUserStore>()
            .AddClaimsPrincipalFactory<WaymarkClaimsFactory>()
            .AddTokenProvider<AuthenticatorCodes>(TokenOptions.DefaultAuthenticatorProvider)
            .AddSignInManager();
        SignInSettings signInSettings = SignInSettings.From(builder.Configuration);
        services.AddSingleton(signInSettings);
        SignInLimits.Add(services, builder.Configuration);
        AuthenticationBuilder authentication = services.AddAuthentication(IdentityConstants.ApplicationScheme);
        authentication.AddIdentityCookies();
        if (signInSettings.Provider is { } provider)
        {
            SingleSignOn.Add(authentication, provider, cookies);
        }

        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "waymark-session";
            options.Cookie.HttpOnly = true;
            options.Cookie.SecurePolicy = cookies;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.LoginPath = "/sign-in";
            options.LogoutPath = "/sign-out";
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
            options.Events = new CookieAuthenticationEvents
            {
                OnValidatePrincipal = SessionValidation.ValidateAsync,
                OnRedirectToAccessDenied = context =>
                {
                    context.Response.StatusCode = StatusCodes.Status403Forbidden;
                    return Task.CompletedTask;
                },
            };
        });
        PageAuthorisation.AddPolicies(services.AddAuthorizationBuilder());
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "waymark-antiforgery";
            options.Cookie.SecurePolicy = cookies;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.FormFieldName = "__RequestVerificationToken";
        });
        services.AddRazorPages(options => PageAuthorisation.Apply(options.Conventions))
            .AddMvcOptions(options =>
            {
                options.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
                options.Filters.Add<AdministratorCodes>();
            });
        services.AddScoped<DemoAccounts>();
        services.AddScoped<PasswordResets>();
        services.AddScoped<AdministratorCodes>();
        services.AddScoped<Returns.ResultEntry>();
        services.AddScoped<Work.CycleWork>();
        services.AddSingleton<Uploads.UploadFolder>();
        services.AddSingleton(sp => Notices.WebNotices.Read(sp.GetRequiredService<IConfiguration>()));
        services.AddSingleton<Notices.WebNotices>();
        services.AddHostedService<Notices.NoticeService>();
        services.AddWaymarkApi();
    }

    /// <summary>Brings the store up to the current schema and, when it holds nothing, loads the demo council.</summary>
    public static async Task PrepareStoreAsync(this WebApplication app, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(app);
        await using AsyncServiceScope scope = app.Services.CreateAsyncScope();
        WaymarkDb db = scope.ServiceProvider.GetRequiredService<WaymarkDb>();
        TimeProvider clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        await SchemaMigrator.MigrateAsync(db, clock);
        if (!string.Equals(app.Configuration[DemoSetting], "false", StringComparison.OrdinalIgnoreCase))
        {
            await scope.ServiceProvider.GetRequiredService<DemoAccounts>().LoadIfEmptyAsync(output, CancellationToken.None);
        }
    }

    public static void UseWaymark(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseExceptionHandler("/error");
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseWaymarkApi();
        app.UseMiddleware<Uploads.RequestLimit>();
        app.UseMiddleware<SecurityHeaders>();
        app.UseStaticFiles(new StaticFileOptions { OnPrepareResponse = StaticFileCaching.Apply });
        SignInLimits.Use(app);
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapRazorPages();
        app.MapWaymarkApi();
    }

    /// <summary>Whether every address served is on the loopback interface.</summary>
    public static bool ServesThisMachineOnly(string urls)
    {
        ArgumentNullException.ThrowIfNull(urls);
        string[] each = urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return each.Length > 0 && each.All(u => Uri.TryCreate(u, UriKind.Absolute, out Uri? uri)
            && (uri.IsLoopback || uri.Host is "127.0.0.1" or "[::1]" or "localhost"));
    }

    private static DatabaseLocation Database(IConfiguration configuration) =>
        DatabaseLocation.TryResolve(configuration[DatabaseLocation.EnvironmentVariable], out DatabaseLocation? location, out string? error)
            ? location
            : throw new InvalidOperationException($"{DatabaseLocation.EnvironmentVariable}: {error}");

    /// <summary>A SQLite store with its connections kept open between requests; a server's, as it is.</summary>
    private static DatabaseLocation Pooled(DatabaseLocation location) => location.Provider == DatabaseProvider.Sqlite
        ? location with { ConnectionString = new SqliteConnectionStringBuilder(location.ConnectionString) { Pooling = true }.ToString() }
        : location;

    private static string Actor(HttpContext? context) =>
        context?.User.Identity?.IsAuthenticated == true && context.User.Identity.Name is { } name ? name : "web:anonymous";
}
