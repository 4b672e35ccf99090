using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

using Waymark.Reporting.Writers;
using Waymark.Web.BrowserTests.Accessibility;

namespace Waymark.Web.BrowserTests.Hosting;

/// <summary>
/// One server and one Chromium for the whole suite. Chromium is the Debian package at
/// <see cref="PdfPrinter.ChromiumPath"/>: no browser is downloaded, and its arguments keep it off the network.
/// Each test opens a new browser context, signed in as one person or as the public.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA1001", Justification = "xunit disposes a fixture through IAsyncLifetime.DisposeAsync, which disposes these.")]
public sealed class BrowserFixture : IAsyncLifetime
{
    private static readonly string[] Arguments =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-default-apps", "--disable-extensions",
    ];

    private readonly Dictionary<string, BrowserSession> shared = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim sharing = new(1, 1);
    private readonly SemaphoreSlim publishing = new(1, 1);
    private IPlaywright? playwright;
    private IBrowser? browser;

    public WaymarkServer Server { get; } = new();

    public async Task InitializeAsync()
    {
        if (!File.Exists(PdfPrinter.ChromiumPath))
        {
            throw new InvalidOperationException($"The browser tests drive Chromium, and there is no {PdfPrinter.ChromiumPath}: install the Debian package chromium (scripts/setup does).");
        }

        Server.StartServer();
        await Server.SetPasswordsAsync();
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = PdfPrinter.ChromiumPath,
            Headless = true,
            Args = Arguments,
        });
    }

    /// <summary>A browser context for someone who has not signed in.</summary>
    public async Task<BrowserSession> PublicAsync()
    {
        IBrowserContext context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = Server.Address.ToString() });
        return await BrowserSession.OpenAsync(context, Server.Address);
    }

    /// <summary>
    /// The one browser context of <paramref name="email"/> (null for the public), kept open for every test that reads
    /// pages as them; they sign in through the sign-in page when it opens. Tests do not close it.
    /// </summary>
    public async Task<BrowserSession> SharedAsync(string? email)
    {
        await sharing.WaitAsync();
        try
        {
            string key = email ?? string.Empty;
            if (!shared.TryGetValue(key, out BrowserSession? session))
            {
                session = await PublicAsync();
                if (email is not null)
                {
                    await session.SignInAsync(email, WaymarkServer.Password);
                }

                shared[key] = session;
            }

            return session;
        }
        finally
        {
            sharing.Release();
        }
    }

    /// <summary>
    /// The id of a published report: the first one, or else the Children's Services Scrutiny Board's 2010/11 Q3 report,
    /// published now by the administrator through the preview and publish pages.
    /// </summary>
    public async Task<int> PublicationAsync()
    {
        await publishing.WaitAsync();
        try
        {
            int? first = await Server.WithDbAsync(db => db.PublishedReports.OrderBy(r => r.Id).Select(r => (int?)r.Id).FirstOrDefaultAsync());
            if (first is int id)
            {
                return id;
            }

            BrowserSession administrator = await SharedAsync(People.Administrator);
            return await administrator.PublishAsync(PageChecks.PreviewQuery);
        }
        finally
        {
            publishing.Release();
        }
    }

    public async Task DisposeAsync()
    {
        foreach (BrowserSession session in shared.Values)
        {
            await session.DisposeAsync();
        }

        if (browser is not null)
        {
            await browser.CloseAsync();
        }

        playwright?.Dispose();
        publishing.Dispose();
        sharing.Dispose();
        await Server.DisposeAsync();
    }

    private IBrowser Browser => browser ?? throw new InvalidOperationException("The browser has not been started.");
}
