using Microsoft.EntityFrameworkCore;

using Waymark.Data.Notices;
using Waymark.Data.Store;

namespace Waymark.Web.Notices;

/// <summary>
/// Email notices in the web app: the settings of the configuration's <c>Notices</c> section, the notices of a
/// tracker's steps put in the outbox as they are saved, and the background sender. Notices are made and sent only
/// when <c>Notices:SmtpHost</c> is set.
/// </summary>
public sealed class WebNotices(NoticeSettings settings, DbContextOptions<WaymarkDb> options, TimeProvider clock) : IDisposable
{
    private readonly SemaphoreSlim wake = new(0, 1);

    /// <summary>The settings read from configuration.</summary>
    public NoticeSettings Settings => settings;

    /// <summary>Whether a mail server is configured.</summary>
    public bool Enabled => !string.IsNullOrWhiteSpace(settings.SmtpHost);

    /// <summary>Reads the section <c>Notices</c>, refusing settings that are wrong with every problem named.</summary>
    public static NoticeSettings Read(IConfiguration configuration)
    {
        var settings = new NoticeSettings();
        configuration.GetSection("Notices").Bind(settings);
        IReadOnlyList<string> problems = settings.Problems();
        return problems.Count == 0 ? settings : throw new InvalidOperationException("Notices: " + string.Join("; ", problems));
    }

    /// <summary>Puts the notices of a tracker's newly saved steps in the outbox.</summary>
    public async Task AddTrackerStepsAsync(int trackerId, IEnumerable<int> stepIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stepIds);
        if (!Enabled)
        {
            return;
        }

        await using WaymarkDb db = Open();
        foreach (int stepId in stepIds)
        {
            await NoticeRun.AddTrackerStepAsync(db, trackerId, stepId, clock.GetUtcNow(), settings, cancellationToken);
        }
    }

    /// <summary>A context of its own, outside any request, named in the audit log as the notices.</summary>
    public WaymarkDb Open() => new(options, clock, "notices");

    /// <summary>Asks the sender to run now rather than at its next interval, as for a password reset someone is waiting for.</summary>
    public void Wake()
    {
        try
        {
            wake.Release();
        }
        catch (SemaphoreFullException)
        {
        }
    }

    /// <summary>Waits for <paramref name="interval"/> or until <see cref="Wake"/> is called.</summary>
    public async Task WaitAsync(TimeSpan interval, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        Task delay = Task.Delay(interval, clock, stop.Token);
        Task woken = wake.WaitAsync(stop.Token);
        await Task.WhenAny(delay, woken);
        await stop.CancelAsync();
        cancellationToken.ThrowIfCancellationRequested();
    }

    public void Dispose() => wake.Dispose();
}

/// <summary>
/// Runs the notices every <c>Notices:IntervalSeconds</c> while the app is up. Each app instance has its own runner
/// name, and the outbox's claims keep two instances from sending one notice twice.
/// </summary>
public sealed partial class NoticeService(WebNotices notices, TimeProvider clock, ILogger<NoticeService> logger) : BackgroundService
{
    private readonly string runner = $"web-{Environment.ProcessId}-{Guid.NewGuid():N}";

    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!notices.Enabled)
        {
            LogOff(logger);
            return;
        }

        var interval = TimeSpan.FromSeconds(notices.Settings.IntervalSeconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using WaymarkDb db = notices.Open();
                NoticeRunSummary summary = await NoticeRun.RunAsync(db, clock, notices.Settings, () => new SmtpNoticeSender(notices.Settings), runner, stoppingToken);
                if (summary.Failed > 0)
                {
                    LogFailed(logger, summary.Failed, summary.Error);
                }
                else if (summary.Sent > 0)
                {
                    LogSent(logger, summary.Sent);
                }
            }
            catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException or TimeoutException)
            {
                LogError(logger, e, interval.TotalSeconds);
            }

            try
            {
                await notices.WaitAsync(interval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Email notices are off: set Notices:SmtpHost to send them")]
    private static partial void LogOff(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Failed} notices could not be sent and wait in the outbox: {Error}")]
    private static partial void LogFailed(ILogger logger, int failed, string? error);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Sent} notices sent")]
    private static partial void LogSent(ILogger logger, int sent);

    [LoggerMessage(Level = LogLevel.Error, Message = "The notices could not run; they are tried again in {Seconds} s")]
    private static partial void LogError(ILogger logger, Exception exception, double seconds);
}
