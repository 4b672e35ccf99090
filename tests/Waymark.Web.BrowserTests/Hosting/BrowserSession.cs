using System.Text.RegularExpressions;

using Microsoft.Playwright;

namespace Waymark.Web.BrowserTests.Hosting;

/// <summary>
/// One browser context and its page. Every request for anything but the test server is aborted and remembered;
/// closing the session fails the test if there was one.
/// </summary>
public sealed partial class BrowserSession : IAsyncDisposable
{
    private readonly List<string> outside = [];
    private readonly Uri server;

    private BrowserSession(IBrowserContext context, IPage page, Uri server)
    {
        Context = context;
        Page = page;
        this.server = server;
    }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    /// <summary>The addresses other than the test server that the page tried to reach.</summary>
    public IReadOnlyList<string> Outside
    {
        get
        {
            lock (outside)
            {
                return [.. outside];
            }
        }
    }

    public static async Task<BrowserSession> OpenAsync(IBrowserContext context, Uri server)
    {
        ArgumentNullException.ThrowIfNull(context);
        IPage page = await context.NewPageAsync();
        var session = new BrowserSession(context, page, server);
        await context.RouteAsync("**/*", session.GuardAsync);
        context.SetDefaultTimeout(15_000);
        return session;
    }

    /// <summary>Goes to <paramref name="path"/> on the test server and returns the response.</summary>
    public async Task<IResponse> GoAsync(string path)
    {
        IResponse? response = await Page.GotoAsync(path);
        return response ?? throw new InvalidOperationException($"{path} gave no response");
    }

    /// <summary>Signs in through the sign-in page.</summary>
    public async Task SignInAsync(string email, string password)
    {
        await GoAsync("/sign-in");
        await Page.GetByLabel("Email address").FillAsync(email);
        await Page.GetByLabel("Password").FillAsync(password);
        // The first page after signing in may be the first the app builds for that role (the home page evaluates every
        // indicator once), so on a busy machine it is given longer than an ordinary step.
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync(new() { Timeout = 60_000 });
        await Page.WaitForURLAsync(url => !new Uri(url).AbsolutePath.StartsWith("/sign-in", StringComparison.Ordinal), new() { Timeout = 60_000 });
        string signedIn = await Page.Locator(".waymark-signed-in").InnerTextAsync();
        if (!signedIn.StartsWith("Signed in as ", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Signing in as {email} did not work: {signedIn}");
        }
    }

    /// <summary>Publishes the report named by <paramref name="query"/> from its preview, as an administrator does, and returns the publication's id.</summary>
    public async Task<int> PublishAsync(string query)
    {
        await GoAsync("/reports/preview" + query);
        await Page.GetByRole(AriaRole.Link, new() { Name = "Publish this report" }).ClickAsync();
        await Page.WaitForURLAsync("**/reports/publish?**");
        // Publishing renders every format, the PDF by Chromium, which takes a while on a busy machine.
        await Page.GetByRole(AriaRole.Button, new() { Name = "Publish the report" }).ClickAsync(new() { Timeout = 120_000 });
        await Page.WaitForURLAsync(new Regex("/reports/published/[0-9]+$"), new() { Timeout = 120_000 });
        return int.Parse(new Uri(Page.Url).Segments[^1], System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The text of the page's main content with runs of white space made one space.</summary>
    public async Task<string> MainTextAsync() => Squash(await Page.Locator("main").InnerTextAsync());

    /// <summary>The text of the element matching <paramref name="selector"/> with runs of white space made one space.</summary>
    public async Task<string> TextAsync(string selector) => Squash(await Page.Locator(selector).InnerTextAsync());

    public static string Squash(string text) => Spaces().Replace(text ?? string.Empty, " ").Trim();

    public async ValueTask DisposeAsync()
    {
        await Context.CloseAsync();
        IReadOnlyList<string> attempted = Outside;
        if (attempted.Count > 0)
        {
            throw new InvalidOperationException("The page tried to reach addresses other than the test server: " + string.Join(", ", attempted));
        }
    }

    private async Task GuardAsync(IRoute route)
    {
        var url = new Uri(route.Request.Url);
        if (url.Scheme == Uri.UriSchemeHttp && url.Host == "127.0.0.1" && url.Port == server.Port)
        {
            await route.FallbackAsync();
            return;
        }

        lock (outside)
        {
            outside.Add(route.Request.Url);
        }

        await route.AbortAsync("blockedbyclient");
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
