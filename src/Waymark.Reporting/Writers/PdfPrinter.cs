using Microsoft.Playwright;

namespace Waymark.Reporting.Writers;

/// <summary>
/// Prints HTML to PDF with the system's headless Chromium, driven by Playwright. One printer keeps one browser: it is
/// launched by <see cref="Start"/> (so a caller can start it while it builds the report) or by the first print, is
/// shared by prints running at the same time, is launched again if it has gone away, and is closed after
/// <see cref="IdleTime"/> without a print and when the printer is disposed. Chromium is the Debian package at
/// <see cref="ChromiumPath"/>; no browser is ever downloaded, and every request but the page's own data is refused.
/// </summary>
public sealed class PdfPrinter : IAsyncDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] Arguments =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-extensions", "--mute-audio",
    ];

    private const string WarmUpPage =
        "<!DOCTYPE html><html lang=\"en-GB\"><head><title>Waymark</title><style>body { font-family: Arial, sans-serif; } " +
        "@page { @bottom-center { content: counter(page); } }</style></head><body><h1>Waymark</h1><p>Performance <strong>report</strong> ↑ ↓ →</p>" +
        "<table><caption>Ratings</caption><tr><th scope=\"col\">Rating</th><td>12%</td></tr></table>" +
        "<svg role=\"img\" width=\"60\" height=\"20\"><title>Chart</title><text x=\"0\" y=\"15\" font-size=\"12\">2010/11 Q3</text></svg></body></html>";

    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly Lock timerLock = new();
    private readonly TimeProvider clock;
    private Task<Session>? session;
    private ITimer? idle;
    private int printing;
    private bool disposed;

    public PdfPrinter(TimeProvider? clock = null, TimeSpan? idleTime = null)
    {
        this.clock = clock ?? TimeProvider.System;
        IdleTime = idleTime ?? TimeSpan.FromMinutes(10);
    }

    /// <summary>How long the browser is kept without a print before it is closed.</summary>
    public TimeSpan IdleTime { get; }

    /// <summary>Whether a browser is running (or being launched) now.</summary>
    public bool IsRunning => Volatile.Read(ref session) is { } running && !running.IsFaulted && !running.IsCanceled;

    /// <summary>How many times a browser has been launched by this printer.</summary>
    public int Launches { get; private set; }

    /// <summary>Begins launching the browser, if it is not running, and returns at once.</summary>
    public void Start()
    {
        _ = SessionAsync();
    }

    /// <summary>The PDF of <paramref name="html"/> on A4, or the page sizes and margins its print styles ask for (the
    /// report's put "Page N of M" at the foot of each page), tagged for screen readers and with the headings as its
    /// outline.</summary>
    public async Task<byte[]> PrintAsync(string html, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(html);
        Interlocked.Increment(ref printing);
        try
        {
            Session running = await SessionAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
            if (!running.Browser.IsConnected)
            {
                await ForgetAsync(running).ConfigureAwait(false);
                running = await SessionAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
            }

            return await PrintOnAsync(running.Browser, html, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            if (Interlocked.Decrement(ref printing) == 0)
            {
                RestartIdleTimer();
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await gate.WaitAsync().ConfigureAwait(false);
        try
        {
            lock (timerLock)
            {
                disposed = true;
                idle?.Dispose();
                idle = null;
            }
        }
        finally
        {
            gate.Release();
        }

        if (Interlocked.Exchange(ref session, null) is { } running)
        {
            await CloseAsync(running).ConfigureAwait(false);
        }

        gate.Dispose();
    }

    private Task<Session> SessionAsync()
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        Task<Session>? running = Volatile.Read(ref session);
        if (running is not null && !running.IsFaulted && !running.IsCanceled)
        {
            return running;
        }

        gate.Wait();
        try
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            if (session is null || session.IsFaulted || session.IsCanceled)
            {
                Launches++;
                session = Task.Run(LaunchAsync);
                RestartIdleTimer();
            }

            return session;
        }
        finally
        {
            gate.Release();
        }
    }

    private static async Task<byte[]> PrintOnAsync(IBrowser browser, string html, CancellationToken cancellationToken)
    {
        // The page is laid out for print at the width of A4 between its margins (180 mm, 680 CSS pixels) from the
        // start, so that printing does not lay the whole report out again for another medium and width.
        IPage page = await browser.NewPageAsync(new BrowserNewPageOptions
        {
            JavaScriptEnabled = false,
            ViewportSize = new ViewportSize { Width = 680, Height = 980 },
        }).ConfigureAwait(false);
        try
        {
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print }).ConfigureAwait(false);
            await page.RouteAsync("**/*", route => route.Request.Url.StartsWith("data:", StringComparison.Ordinal) ? route.ContinueAsync() : route.AbortAsync()).ConfigureAwait(false);
            await page.SetContentAsync(html).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
            return await page.PdfAsync(new PagePdfOptions
            {
                Format = "A4",
                PrintBackground = true,
                Margin = new Margin { Top = "18mm", Bottom = "20mm", Left = "15mm", Right = "15mm" },
                PreferCSSPageSize = true,
                Tagged = true,
                Outline = true,
            }).ConfigureAwait(false);
        }
        finally
        {
            await page.CloseAsync().ConfigureAwait(false);
        }
    }

    private static async Task<Session> LaunchAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"A PDF is printed by Chromium, and there is no {ChromiumPath}: install the Debian package chromium (scripts/setup does).");
        }

        IPlaywright playwright = await Playwright.CreateAsync().ConfigureAwait(false);
        try
        {
            IBrowser browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ChromiumPath,
                Headless = true,
                Args = Arguments,
            }).ConfigureAwait(false);

            // A first, one-line print starts Chromium's print service and readies this process's printing code, so
            // that the report's own print does not wait for them.
            await PrintOnAsync(browser, WarmUpPage, CancellationToken.None).ConfigureAwait(false);
            return new Session(playwright, browser);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    private void RestartIdleTimer()
    {
        lock (timerLock)
        {
            if (disposed)
            {
                return;
            }

            if (idle is null)
            {
                idle = clock.CreateTimer(_ => _ = CloseIfIdleAsync(), null, IdleTime, Timeout.InfiniteTimeSpan);
            }
            else
            {
                idle.Change(IdleTime, Timeout.InfiniteTimeSpan);
            }
        }
    }

    private async Task CloseIfIdleAsync()
    {
        if (Volatile.Read(ref printing) > 0 || disposed)
        {
            return;
        }

        Task<Session>? running = Volatile.Read(ref session);
        if (running is { IsCompleted: false })
        {
            RestartIdleTimer();
        }
        else if (running is { IsCompletedSuccessfully: true })
        {
            await ForgetAsync(running.Result).ConfigureAwait(false);
        }
    }

    private async Task ForgetAsync(Session running)
    {
        Task<Session>? current = Volatile.Read(ref session);
        if (current is { IsCompletedSuccessfully: true } && ReferenceEquals(current.Result, running)
            && Interlocked.CompareExchange(ref session, null, current) == current)
        {
            await CloseAsync(current).ConfigureAwait(false);
        }
    }

    private static async Task CloseAsync(Task<Session> running)
    {
        Session opened;
        try
        {
            opened = await running.ConfigureAwait(false);
        }
        catch (InvalidOperationException)
        {
            return;
        }
        catch (PlaywrightException)
        {
            return;
        }

        try
        {
            await opened.Browser.CloseAsync().ConfigureAwait(false);
        }
        catch (PlaywrightException)
        {
            // The browser had already gone; there is nothing left to close.
        }

        opened.Playwright.Dispose();
    }

    private sealed record Session(IPlaywright Playwright, IBrowser Browser);
}
