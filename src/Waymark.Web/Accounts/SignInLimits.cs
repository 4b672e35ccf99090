using System.Collections.Concurrent;
using System.Globalization;
using System.Threading.RateLimiting;

using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;

using Waymark.Data.People;
using Waymark.Data.Store;

namespace Waymark.Web.Accounts;

/// <summary>
/// Limits attempts to sign in with a password, and requests for a password reset link (with limits of their own), with ASP.NET Core's rate limiter: from one client address,
/// <c>WAYMARK_SIGN_IN_ATTEMPTS_PER_ADDRESS</c> attempts (at any accounts) every 10 minutes, and at one account from one
/// address, <c>WAYMARK_SIGN_IN_ATTEMPTS_PER_ACCOUNT</c> attempts every 15 minutes. The account's limit is kept apart for
/// each address, so a stranger guessing at someone's account from their address runs out of attempts there and nowhere
/// else: the person themselves can still sign in from their own. The code of the second step is limited per account
/// from every address together, <c>WAYMARK_SIGN_IN_ATTEMPTS_PER_ACCOUNT</c> codes every 15 minutes. These limits take the place of locking the account
/// after wrong passwords; only an administrator locks an account.
/// An attempt over a limit is answered with status 429, a <c>Retry-After</c> header and a page saying when to try again.
/// </summary>
public static class SignInLimits
{
    public const string PerAddressSetting = "WAYMARK_SIGN_IN_ATTEMPTS_PER_ADDRESS";
    public const string PerAccountSetting = "WAYMARK_SIGN_IN_ATTEMPTS_PER_ACCOUNT";

    public const int DefaultPerAddress = 30;
    public const int DefaultPerAccount = 10;

    public static readonly TimeSpan AddressWindow = TimeSpan.FromMinutes(10);
    public static readonly TimeSpan AccountWindow = TimeSpan.FromMinutes(15);

    private const string EmailItem = "waymark-sign-in-email";
    private const string ResetPath = "/forgotten-password";
    private const string CodePath = "/sign-in/code";
    private const string CodeKind = "code";
    private const string RetryAfterItem = "waymark-sign-in-retry-after";

    public static void Add(IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        int perAddress = Setting(configuration, PerAddressSetting, DefaultPerAddress);
        int perAccount = Setting(configuration, PerAccountSetting, DefaultPerAccount);
        services.AddSingleton<HeldBack>();
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(context => IsPasswordAttempt(context)
                    ? RateLimitPartition.GetFixedWindowLimiter(Kind(context) + " address " + Address(context), _ => Window(perAddress, AddressWindow))
                    : RateLimitPartition.GetNoLimiter(string.Empty)),
                PartitionedRateLimiter.Create<HttpContext, string>(context => IsPasswordAttempt(context)
                    ? AccountPartition(context, perAccount)
                    : RateLimitPartition.GetNoLimiter(string.Empty)));
            options.OnRejected = RejectedAsync;
        });
    }

    /// <summary>Reads the email of a password attempt before the limiter sees it (the page reads the same form afterwards), then limits it.</summary>
    public static void Use(IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Use(async (context, next) =>
        {
            if (IsPasswordAttempt(context) && Kind(context) == CodeKind)
            {
                // The account is the one whose password was given in this browser and now waits for its code.
                SignInManager<User> signIn = context.RequestServices.GetRequiredService<SignInManager<User>>();
                User? waiting = await signIn.GetTwoFactorAuthenticationUserAsync();
                context.Items[EmailItem] = waiting?.Email?.Trim().ToLowerInvariant() ?? string.Empty;
            }
            else if (IsPasswordAttempt(context) && context.Request.HasFormContentType)
            {
                IFormCollection form = await context.Request.ReadFormAsync(context.RequestAborted);
                context.Items[EmailItem] = form["Email"].ToString().Trim().ToLowerInvariant();
            }

            await next(context);
        });
        app.UseRateLimiter();
    }

    /// <summary>How long until the person may try again, when this request was refused for too many attempts.</summary>
    public static TimeSpan? RetryAfter(HttpContext context) =>
        context?.Items.TryGetValue(RetryAfterItem, out object? value) == true && value is TimeSpan wait ? wait : null;

    /// <summary>A wait in words, such as "14 minutes" or "40 seconds", rounded up.</summary>
    public static string InWords(TimeSpan wait)
    {
        if (wait < TimeSpan.FromMinutes(1))
        {
            int seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
            return seconds == 1 ? "1 second" : $"{seconds.ToString(CultureInfo.InvariantCulture)} seconds";
        }

        int minutes = (int)Math.Ceiling(wait.TotalMinutes);
        return minutes == 1 ? "1 minute" : $"{minutes.ToString(CultureInfo.InvariantCulture)} minutes";
    }

    private static async ValueTask RejectedAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        HttpContext context = rejected.HttpContext;
        TimeSpan wait = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out TimeSpan after) ? after : AccountWindow;
        context.Items[RetryAfterItem] = wait;
        context.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);

        // Written once for each address and account while it is held back, so hammering does not fill the audit trail.
        TimeProvider clock = context.RequestServices.GetRequiredService<TimeProvider>();
        DateTimeOffset now = clock.GetUtcNow();
        string email = Email(context);
        string partition = Kind(context) + " " + email + " from " + Address(context);
        DateTimeOffset until = now + wait;
        HeldBack audited = context.RequestServices.GetRequiredService<HeldBack>();
        if (audited.Until.TryGetValue(partition, out DateTimeOffset held) && held > now)
        {
            return;
        }

        audited.Until[partition] = until;
        WaymarkDb db = context.RequestServices.GetRequiredService<WaymarkDb>();
        await SignInAudit.WriteAsync(db, clock, email, SignInAudit.Limited, Kind(context),
            $"too many attempts from {Address(context)}; held back for {InWords(wait)}", cancellationToken);
    }

    private static bool IsPasswordAttempt(HttpContext context) =>
        HttpMethods.IsPost(context.Request.Method) && !context.Request.Query.ContainsKey("handler")
        && (context.Request.Path.Equals("/sign-in", StringComparison.OrdinalIgnoreCase) || context.Request.Path.Equals(ResetPath, StringComparison.OrdinalIgnoreCase)
            || context.Request.Path.Equals(CodePath, StringComparison.OrdinalIgnoreCase));

    /// <summary>What is limited: <c>password</c> (a sign-in), <c>code</c> (its authenticator code) or <c>password reset</c> (asking for a link), each with limits of its own.</summary>
    private static string Kind(HttpContext context) =>
        context.Request.Path.Equals(ResetPath, StringComparison.OrdinalIgnoreCase) ? "password reset"
        : context.Request.Path.Equals(CodePath, StringComparison.OrdinalIgnoreCase) ? CodeKind
        : "password";

    /// <summary>
    /// The account's limit: for a password or a reset link, the account from this address, so a stranger cannot use
    /// up its owner's attempts; for a code, the account from every address at once, as only someone who has its
    /// password reaches that step and a code has few enough digits to be guessed from many addresses. A code sent with
    /// no password waiting for it reaches no account and is held only by the address's limit.
    /// </summary>
    private static RateLimitPartition<string> AccountPartition(HttpContext context, int permits)
    {
        string email = Email(context);
        if (Kind(context) == CodeKind)
        {
            return email.Length == 0
                ? RateLimitPartition.GetNoLimiter(string.Empty)
                : RateLimitPartition.GetFixedWindowLimiter(CodeKind + " account " + email, _ => Window(permits, AccountWindow));
        }

        return RateLimitPartition.GetFixedWindowLimiter(Kind(context) + " account " + email + " from " + Address(context), _ => Window(permits, AccountWindow));
    }

    private static string Address(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "an unknown address";

    private static string Email(HttpContext context) => context.Items.TryGetValue(EmailItem, out object? email) && email is string text ? text : string.Empty;

    private static FixedWindowRateLimiterOptions Window(int permits, TimeSpan window) => new()
    {
        PermitLimit = permits,
        Window = window,
        QueueLimit = 0,
        AutoReplenishment = true,
    };

    private static int Setting(IConfiguration configuration, string name, int fallback)
    {
        string? value = configuration[name];
        if (string.IsNullOrWhiteSpace(value))
        {
            return fallback;
        }

        return int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int permits) && permits > 0
            ? permits
            : throw new InvalidOperationException($"{name} must be a whole number of attempts above 0, not \"{value}\".");
    }

    /// <summary>The address and account pairs whose refusal was last written to the audit trail, until when, so each wait is audited once.</summary>
    private sealed class HeldBack
    {
        public ConcurrentDictionary<string, DateTimeOffset> Until { get; } = new(StringComparer.Ordinal);
    }
}
