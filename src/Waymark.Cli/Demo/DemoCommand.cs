using System.CommandLine;

using Waymark.Cli.Store;
using Waymark.Data.Demo;
using Waymark.Data.Imports;
using Waymark.Data.Store;

namespace Waymark.Cli.Demo;

/// <summary><c>waymark demo</c>: loads the demo council and every LA's published figures into the store.</summary>
internal static class DemoCommand
{
    public static Command Create(CliContext context)
    {
        Option<string?> database = DatabaseOption.Create();
        var command = new Command("demo", $"Load the demo council, {DemoCouncil.Name}, with every local authority's published figures for benchmarking. Loading it again changes nothing.")
        {
            database,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(parse.GetValue(database), context, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string? databaseOption, CliContext context, CancellationToken cancellationToken)
    {
        await using WaymarkDb? db = await DatabaseOption.OpenAsync(databaseOption, context, cancellationToken).ConfigureAwait(false);
        if (db is null)
        {
            return ExitCodes.BadInput;
        }

        IReadOnlyList<ImportReport> reports;
        using (var progress = new ProgressBar(context, "Loading the demo"))
        {
            int done = 0;
            reports = await DemoCouncil.LoadAsync(
                db,
                new ImportOptions(context.Actor, context.Clock),
                file => progress.Report((double)done++ / DemoCouncil.Files.Count),
                cancellationToken).ConfigureAwait(false);
        }

        foreach (ImportReport report in reports)
        {
            if (!report.Succeeded)
            {
                ProblemReport.Write(context.Error, report.Problems);
                await context.Error.WriteLineAsync($"The demo was not fully loaded: {report.Summary()}").ConfigureAwait(false);
                return ExitCodes.BadInput;
            }

            await context.Output.WriteLineAsync(report.Summary()).ConfigureAwait(false);
        }

        await context.Output.WriteLineAsync($"{DemoCouncil.Name} is loaded, with the board \"{DemoCouncil.Board}\".").ConfigureAwait(false);
        return ExitCodes.Success;
    }
}
