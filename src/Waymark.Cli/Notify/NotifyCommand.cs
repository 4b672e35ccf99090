using System.CommandLine;
using System.Globalization;

using Waymark.Cli.Store;
using Waymark.Data.Notices;
using Waymark.Data.Store;

namespace Waymark.Cli.Notify;

/// <summary>
/// <c>waymark notify --once --smtp-host H --site URL</c>: puts the day's reminders and chases in the outbox, makes
/// the digests that are due and sends what is waiting, as the web app's sender does every minute.
/// </summary>
internal static class NotifyCommand
{
    public static Command Create(CliContext context)
    {
        var defaults = new NoticeSettings();
        var once = new Option<bool>("--once") { Description = "Run once and stop (otherwise run every --interval seconds until stopped)" };
        var host = new Option<string>("--smtp-host") { Description = "The SMTP server's host name", Required = true };
        var port = new Option<int>("--smtp-port") { Description = "The SMTP server's port", DefaultValueFactory = _ => defaults.SmtpPort };
        var security = new Option<string>("--smtp-security") { Description = "none, starttls, tls or auto", DefaultValueFactory = _ => defaults.SmtpSecurity };
        var from = new Option<string>("--from") { Description = "The address notices come from", DefaultValueFactory = _ => defaults.From };
        var site = new Option<string>("--site") { Description = "The web app's address, which every link starts with", Required = true };
        var council = new Option<string?>("--council") { Description = "The council the messages name (default: the first council in the store)" };
        var daysBefore = new Option<int>("--days-before") { Description = "How many days before a deadline its reminder goes", DefaultValueFactory = _ => defaults.DaysBefore };
        var interval = new Option<int>("--interval") { Description = "Seconds between runs, without --once", DefaultValueFactory = _ => defaults.IntervalSeconds };
        Option<string?> database = DatabaseOption.Create();
        var command = new Command("notify", "Send the email reminders, chases, tracker notices and daily digests that are due, each once.")
        {
            once, host, port, security, from, site, council, daysBefore, interval, database,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            string siteText = parse.GetRequiredValue(site);
            if (!Uri.TryCreate(siteText, UriKind.Absolute, out Uri? siteAddress) || siteAddress.Scheme is not ("http" or "https"))
            {
                await context.Error.WriteLineAsync($"--site: '{siteText}' is not the web app's full address, such as https://waymark.example.gov.uk/").ConfigureAwait(false);
                return ExitCodes.BadInput;
            }

            var settings = new NoticeSettings
            {
                SmtpHost = parse.GetRequiredValue(host),
                SmtpPort = parse.GetValue(port),
                SmtpSecurity = parse.GetRequiredValue(security),
                From = parse.GetRequiredValue(from),
                SiteAddress = siteAddress,
                CouncilName = parse.GetValue(council),
                DaysBefore = parse.GetValue(daysBefore),
                IntervalSeconds = parse.GetValue(interval),
            };
            return await RunAsync(settings, parse.GetValue(once), parse.GetValue(database), context, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    private static async Task<int> RunAsync(NoticeSettings settings, bool once, string? databaseOption, CliContext context, CancellationToken cancellationToken)
    {
        if (settings.Problems() is { Count: > 0 } problems)
        {
            foreach (string problem in problems)
            {
                await context.Error.WriteLineAsync(problem).ConfigureAwait(false);
            }

            return ExitCodes.BadInput;
        }

        string runner = $"cli-{Environment.ProcessId}-{Guid.NewGuid():N}";
        while (true)
        {
            await using (WaymarkDb? db = await DatabaseOption.OpenAsync(databaseOption, context, cancellationToken).ConfigureAwait(false))
            {
                if (db is null)
                {
                    return ExitCodes.BadInput;
                }

                NoticeRunSummary summary = await NoticeRun.RunAsync(db, context.Clock, settings, () => new SmtpNoticeSender(settings), runner, cancellationToken).ConfigureAwait(false);
                await context.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{summary.Made} new reminders and chases, {summary.Digests} digests made, {summary.Sent} emails sent.")).ConfigureAwait(false);
                if (summary.Failed > 0)
                {
                    await context.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                        $"{summary.Failed} emails could not be sent ({summary.Error}); they wait in the outbox and are tried again on a later run.")).ConfigureAwait(false);
                }
            }

            if (once)
            {
                return ExitCodes.Success;
            }

            try
            {
                await Task.Delay(TimeSpan.FromSeconds(settings.IntervalSeconds), context.Clock, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return ExitCodes.Success;
            }
        }
    }
}
