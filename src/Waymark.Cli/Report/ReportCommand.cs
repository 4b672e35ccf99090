using System.CommandLine;
using System.Diagnostics;
using System.Globalization;

using Waymark.Cli.Store;
using Waymark.Cycle;
using Waymark.Data.Reports;
using Waymark.Data.Store;
using Waymark.Periods;
using Waymark.Reporting.Building;
using Waymark.Reporting.Content;
using Waymark.Reporting.Publishing;
using Waymark.Reporting.Writers;

namespace Waymark.Cli.Report;

/// <summary>
/// <c>waymark report --board NAME --period P --format html|pdf|docx|xlsx|csv --out FILE [--all-trackers] [--contents C]
/// [--publish]</c>: a board's performance report built from the store; <c>--changes</c> lists what differs from the
/// published one and <c>--published</c> writes the published file again, unchanged. <c>--repeat N</c> builds and
/// writes it N times in the one process and prints how long each step took, to measure it warm.
/// </summary>
internal static class ReportCommand
{
    private static readonly string[] ContentChoices = ["cycle", "indicators", "trackers", "both"];

    public static Command Create(CliContext context)
    {
        var board = new Option<string>("--board") { Description = "The scrutiny board, such as \"Children's Services Scrutiny Board\"", Required = true };
        var period = new Option<string>("--period") { Description = "The period, such as \"2010/11 Q3\"", Required = true };
        var format = new Option<string?>("--format") { Description = "html, pdf, docx, xlsx or csv (the indicator appendix)" };
        format.AcceptOnlyFromAmong([.. ReportWriter.Codes]);
        var outFile = new Option<FileInfo?>("--out") { Description = "The file to write, replacing it" };
        var allTrackers = new Option<bool>("--all-trackers") { Description = "Put every tracker in full, not only the red and amber ones" };
        var contents = new Option<string?>("--contents") { Description = "cycle (the default: indicators at Q1 and Q3, trackers at Q2 and Q4), indicators, trackers or both" };
        contents.AcceptOnlyFromAmong(ContentChoices);
        var publish = new Option<bool>("--publish") { Description = "Also store the report as published: its content and the file, with the file's SHA-256 hash" };
        var changes = new Option<bool>("--changes") { Description = "List what has changed since the report was published, instead of writing it" };
        var published = new Option<bool>("--published") { Description = "Write the report as it was published, instead of building it again" };
        var repeat = new Option<int>("--repeat") { Description = "Build and write the report this many times in one process and print how long each step took (to measure it)", DefaultValueFactory = _ => 1 };
        Option<string?> database = DatabaseOption.Create();
        var command = new Command("report", "Write a board's performance report for a period, built from the store, as HTML, PDF, Word, Excel or CSV.")
        {
            board, period, format, outFile, allTrackers, contents, publish, changes, published, repeat, database,
            NarrativeCommand.Create(context),
        };
        command.SetAction((parse, cancellationToken) => RunAsync(
            new Request(
                parse.GetRequiredValue(board),
                parse.GetRequiredValue(period),
                parse.GetValue(format),
                parse.GetValue(outFile),
                parse.GetValue(allTrackers),
                parse.GetValue(contents),
                parse.GetValue(publish),
                parse.GetValue(changes),
                parse.GetValue(published),
                parse.GetValue(repeat),
                parse.GetValue(database)),
            context,
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(Request request, CliContext context, CancellationToken cancellationToken)
    {
        if (!ReportingPeriod.TryParse(request.Period, out ReportingPeriod period, out string? periodError))
        {
            return await FailAsync(context, $"--period: {periodError}").ConfigureAwait(false);
        }

        if (!request.Changes && (request.Format is null || request.Out is null))
        {
            return await FailAsync(context, "--format and --out: name the format and the file to write, such as --format pdf --out report.pdf").ConfigureAwait(false);
        }

        if (request.Repeat < 1)
        {
            return await FailAsync(context, $"--repeat: {request.Repeat} is not a number of runs; give 1 or more").ConfigureAwait(false);
        }

        if (request.Repeat > 1 && (request.Publish || request.Changes || request.Published))
        {
            return await FailAsync(context, "--repeat: it times building and writing the report, so it does not go with --publish, --changes or --published").ConfigureAwait(false);
        }

        if (request.Out is { Directory: { Exists: false } folder })
        {
            return await FailAsync(context, $"--out: there is no folder {folder.FullName}").ConfigureAwait(false);
        }

        // Chromium starts while the store is opened and the report built, which take about as long on a cold run.
        ReportFormat? format = request.Format is null ? null : ReportWriter.Parse(request.Format);
        await using PdfPrinter? printer = format == ReportFormat.Pdf && !request.Published && !request.Changes ? new PdfPrinter() : null;
        printer?.Start();
        long opening = Stopwatch.GetTimestamp();
        await using WaymarkDb? db = await DatabaseOption.OpenAsync(request.Database, context, cancellationToken, mustExist: true).ConfigureAwait(false);
        TimeSpan opened = Stopwatch.GetElapsedTime(opening);
        if (db is null)
        {
            return ExitCodes.BadInput;
        }

        if (request.Published)
        {
            PublishedReport? frozen = await ReportPublisher.LatestAsync(db, request.Board, period, format, cancellationToken).ConfigureAwait(false);
            if (frozen is null)
            {
                return await FailAsync(context, $"--published: the {request.Board} report for {period} has not been published as {request.Format}").ConfigureAwait(false);
            }

            if (!ReportPublisher.IsIntact(frozen))
            {
                return await FailAsync(context, $"--published: the stored file no longer has the SHA-256 it was published with ({frozen.ContentHash}); it has been changed since, so it was not written").ConfigureAwait(false);
            }

            await File.WriteAllBytesAsync(request.Out!.FullName, frozen.Content, cancellationToken).ConfigureAwait(false);
            await context.Output.WriteLineAsync($"Wrote the report published on {frozen.PublishedAt:yyyy-MM-dd HH:mm} UTC (SHA-256 {frozen.ContentHash}) to {request.Out.FullName}").ConfigureAwait(false);
            return ExitCodes.Success;
        }

        ReportContents? chosen = request.Contents switch
        {
            "indicators" => new ReportContents(IndicatorReport: true, AllPriorityTrackers: false, AllTrackersInFull: false),
            "trackers" => new ReportContents(IndicatorReport: false, AllPriorityTrackers: true, AllTrackersInFull: false),
            "both" => new ReportContents(IndicatorReport: true, AllPriorityTrackers: true, AllTrackersInFull: false),
            _ => null,
        };
        var reportRequest = new ReportRequest(request.Board, period, chosen, request.AllTrackers);
        BoardReport? report = null;
        byte[] content = [];
        for (int run = 1; run <= request.Repeat; run++)
        {
            long building = Stopwatch.GetTimestamp();
            ReportBuild build = await BoardReportBuilder.BuildAsync(db, reportRequest, cancellationToken).ConfigureAwait(false);
            TimeSpan built = Stopwatch.GetElapsedTime(building);
            if (!build.Succeeded)
            {
                return await FailAsync(context, $"--board: {build.Error}").ConfigureAwait(false);
            }

            if (request.Changes)
            {
                return await ChangesAsync(db, build.Report, period, format, context, cancellationToken).ConfigureAwait(false);
            }

            report = build.Report;
            long writing = Stopwatch.GetTimestamp();
            try
            {
                content = await ReportWriter.RenderAsync(report, format!.Value, printer, cancellationToken).ConfigureAwait(false);
            }
            catch (InvalidOperationException e)
            {
                return await FailAsync(context, e.Message).ConfigureAwait(false);
            }

            TimeSpan written = Stopwatch.GetElapsedTime(writing);
            if (request.Repeat > 1)
            {
                await context.Output.WriteLineAsync(string.Create(
                    CultureInfo.InvariantCulture,
                    $"run {run}: {(run == 1 ? $"open store {opened.TotalMilliseconds:0} ms, " : string.Empty)}build {built.TotalMilliseconds:0} ms, write {format.Value.Code()} {written.TotalMilliseconds:0} ms ({content.Length} bytes)")).ConfigureAwait(false);
            }
        }

        string partial = Path.Combine(request.Out!.DirectoryName!, $".{request.Out.Name}.{Guid.NewGuid():N}.partial");
        try
        {
            await File.WriteAllBytesAsync(partial, content, cancellationToken).ConfigureAwait(false);
            File.Move(partial, request.Out.FullName, overwrite: true);
        }
        finally
        {
            File.Delete(partial);
        }

        await context.Output.WriteLineAsync($"Wrote the {report!.Board} report for {report.PeriodLabel} to {request.Out.FullName}").ConfigureAwait(false);
        if (request.Publish)
        {
            PublishedReport stored = await ReportPublisher.PublishAsync(db, report, format!.Value, content, context.Clock, cancellationToken).ConfigureAwait(false);
            await context.Output.WriteLineAsync($"Published it: SHA-256 {stored.ContentHash}").ConfigureAwait(false);
        }

        return ExitCodes.Success;
    }

    private static async Task<int> ChangesAsync(WaymarkDb db, BoardReport current, ReportingPeriod period, ReportFormat? format, CliContext context, CancellationToken cancellationToken)
    {
        PublishedReport? frozen = await ReportPublisher.LatestAsync(db, current.Board, period, format, cancellationToken).ConfigureAwait(false);
        if (frozen is null)
        {
            return await FailAsync(context, $"--changes: the {current.Board} report for {period} has not been published").ConfigureAwait(false);
        }

        IReadOnlyList<string> changes = ReportChanges.Between(frozen.ModelJson, current);
        await context.Output.WriteLineAsync(changes.Count == 0
            ? $"Nothing has changed since the report was published on {frozen.PublishedAt:yyyy-MM-dd HH:mm} UTC."
            : $"{changes.Count} changes since the report was published on {frozen.PublishedAt:yyyy-MM-dd HH:mm} UTC:").ConfigureAwait(false);
        foreach (string change in changes)
        {
            await context.Output.WriteLineAsync("  " + change).ConfigureAwait(false);
        }

        return ExitCodes.Success;
    }

    private static async Task<int> FailAsync(CliContext context, string message)
    {
        await context.Error.WriteLineAsync(message).ConfigureAwait(false);
        return ExitCodes.BadInput;
    }

    private sealed record Request(
        string Board, string Period, string? Format, FileInfo? Out, bool AllTrackers, string? Contents, bool Publish, bool Changes, bool Published, int Repeat, string? Database);
}
