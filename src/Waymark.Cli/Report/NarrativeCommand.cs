using System.CommandLine;

using Waymark.Cli.Store;
using Waymark.Data.Store;
using Waymark.Periods;
using Waymark.Reporting.Building;

namespace Waymark.Cli.Report;

/// <summary>
/// <c>waymark report narrative --board NAME --period P --section S [--indicator CODE] (--text T | --file F)</c>:
/// stores an officer's text for a section of the report, replacing what was there; empty text removes it.
/// </summary>
internal static class NarrativeCommand
{
    public static Command Create(CliContext context)
    {
        var board = new Option<string>("--board") { Description = "The scrutiny board", Required = true };
        var period = new Option<string>("--period") { Description = "The period, such as \"2010/11 Q3\"", Required = true };
        var section = new Option<string>("--section") { Description = $"The section: {string.Join(", ", NarrativeSections.All)}", Required = true };
        var indicator = new Option<string?>("--indicator") { Description = "For a highlight: the indicator, such as \"NI 66\"" };
        var text = new Option<string?>("--text") { Description = "The text; a blank line starts a new paragraph; {green_percent} and the like are filled in" };
        var file = new Option<FileInfo?>("--file") { Description = "Read the text from this file (UTF-8)" };
        Option<string?> database = DatabaseOption.Create();
        var command = new Command("narrative", "Store an officer's text for a section of a board's report, such as the executive summary or a highlighted indicator's explanation.")
        {
            board, period, section, indicator, text, file, database,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (!ReportingPeriod.TryParse(parse.GetRequiredValue(period), out ReportingPeriod p, out string? periodError))
            {
                return await FailAsync(context, $"--period: {periodError}").ConfigureAwait(false);
            }

            FileInfo? from = parse.GetValue(file);
            string? words = parse.GetValue(text);
            if ((from is null) == (words is null))
            {
                return await FailAsync(context, "--text or --file: give the text one way, not both and not neither").ConfigureAwait(false);
            }

            if (from is { Exists: false })
            {
                return await FailAsync(context, $"--file: there is no file {from.FullName}").ConfigureAwait(false);
            }

            words ??= await File.ReadAllTextAsync(from!.FullName, cancellationToken).ConfigureAwait(false);
            await using WaymarkDb? db = await DatabaseOption.OpenAsync(parse.GetValue(database), context, cancellationToken, mustExist: true).ConfigureAwait(false);
            if (db is null)
            {
                return ExitCodes.BadInput;
            }

            string? error = await NarrativeStore.SaveAsync(
                db, parse.GetRequiredValue(board), p, parse.GetRequiredValue(section), parse.GetValue(indicator), words, context.Clock, cancellationToken).ConfigureAwait(false);
            if (error is not null)
            {
                return await FailAsync(context, error).ConfigureAwait(false);
            }

            await context.Output.WriteLineAsync(words.Trim().Length == 0
                ? $"Removed the {parse.GetRequiredValue(section)} text for {p.Label}."
                : $"Stored the {parse.GetRequiredValue(section)} text for {p.Label}.").ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }

    private static async Task<int> FailAsync(CliContext context, string message)
    {
        await context.Error.WriteLineAsync(message).ConfigureAwait(false);
        return ExitCodes.BadInput;
    }
}
