using System.Net;
using System.Text.RegularExpressions;

using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

using Waymark.Data.People;
using Waymark.Data.Reports;
using Waymark.Data.Store;
using Waymark.Periods;
using Waymark.Reporting.Building;
using Waymark.Reporting.Publishing;
using Waymark.Reporting.Writers;
using Waymark.Web.Reports;

namespace Waymark.Web.Tests;

/// <summary>
/// The web application on a new SQLite store in a temporary folder, filled with the demo council on start; every
/// demo user is given <see cref="Password"/> so that tests can sign in as anyone.
/// </summary>
public partial class WaymarkApp : WebApplicationFactory<Program>
{
    public const string Password = "correct horse battery staple";

    public const string Administrator = "alex.morgan@example.org";
    public const string DataOfficer = "sam.patel@example.org";
    public const string OtherDataOfficer = "jo.taylor@example.org";
    public const string AccountableOfficer = "helen.carter@example.org";
    public const string OtherAccountableOfficer = "david.brooks@example.org";
    public const string Director = "catherine.walsh@example.org";
    public const string Member = "cllr.margaret.holt@example.org";
    public const string Partner = "nadia.rahman@example.org";

    private readonly string folder = Directory.CreateTempSubdirectory("waymark-web-").FullName;
    private readonly SemaphoreSlim passwords = new(1, 1);
    private bool passwordsSet;

    public string DatabasePath => Path.Combine(folder, "waymark.db");

    /// <summary>The clock the app reads; the system's unless a test fixture fixes it.</summary>
    protected virtual TimeProvider? Clock => null;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting(DatabaseLocation.EnvironmentVariable, "sqlite:" + DatabasePath);
        builder.UseSetting(Uploads.UploadFolder.Setting, Path.Combine(folder, "uploads"));
        builder.UseEnvironment("Production");
        builder.ConfigureLogging(logging => logging.ClearProviders());
        if (Clock is { } clock)
        {
            builder.ConfigureTestServices(services => services.AddSingleton(clock));
        }
    }

    /// <summary>A client that keeps cookies and does not follow redirects, over HTTPS so that secure cookies are sent.</summary>
    public HttpClient Anonymous() => CreateClient(new WebApplicationFactoryClientOptions
    {
        BaseAddress = new Uri("https://localhost"),
        AllowAutoRedirect = false,
        HandleCookies = true,
    });

    /// <summary>A client signed in as <paramref name="email"/>.</summary>
    public async Task<HttpClient> SignInAsync(string email)
    {
        await EnsurePasswordsAsync();
        HttpClient client = Anonymous();
        HttpResponseMessage response = await client.PostFormAsync("/sign-in", "/sign-in", new() { ["Email"] = email, ["Password"] = Password });
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Signing in as {email} gave {response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        return client;
    }

    /// <summary>Runs <paramref name="action"/> with a context on the app's store.</summary>
    public async Task<T> WithDbAsync<T>(Func<WaymarkDb, Task<T>> action)
    {
        await using AsyncServiceScope scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<WaymarkDb>());
    }

    public Task<int> IndicatorIdAsync(string code) => WithDbAsync(db => db.Indicators.Where(i => i.Code == code).Select(i => i.Id).SingleAsync());

    public const string Board = "Children's Services Scrutiny Board";

    /// <summary>The id of a published report (the first publication), publishing the 2010/11 Q3 report as HTML and CSV when none is.</summary>
    public Task<int> PublicationAsync() => WithDbAsync(async db =>
    {
        if (await db.PublishedReports.OrderBy(r => r.Id).Select(r => (int?)r.Id).FirstOrDefaultAsync() is int id)
        {
            return id;
        }

        ReportBuild build = await BoardReportBuilder.BuildAsync(db, new ReportRequest(Board, ReportingPeriod.Parse("2010/11 Q3")));
        var clock = new PublishingClock(new DateTimeOffset(2011, 2, 1, 9, 0, 0, TimeSpan.Zero));
        int first = 0;
        foreach (ReportFormat format in (ReportFormat[])[ReportFormat.Html, ReportFormat.Csv])
        {
            byte[] content = await ReportWriter.RenderAsync(build.Report!, format);
            PublishedReport stored = await ReportPublisher.PublishAsync(db, build.Report!, format, content, clock);
            first = first == 0 ? stored.Id : first;
        }

        return first;
    });

    private async Task EnsurePasswordsAsync()
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
