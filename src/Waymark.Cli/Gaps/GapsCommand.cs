using System.CommandLine;

using Waymark.Cli.Store;
using Waymark.Data.Benchmarks;
using Waymark.Data.Breakdowns;
using Waymark.Data.Exports;
using Waymark.Data.Store;

namespace Waymark.Cli.Gaps;

/// <summary>
/// <c>waymark gaps --measure CODE --area LA --period P [--dimension D] [--format table|csv|json]</c>: each group's
/// gap against all, its complement and England's same group, with the gap a year earlier and its direction.
/// </summary>
internal static class GapsCommand
{
    private static readonly string[] Formats = ["table", "csv", "json"];

    public static Command Create(CliContext context)
    {
        var measure = new Option<string>("--measure") { Description = "The measure's code, such as NEET_NK_16_17", Required = true };
        var area = new Option<string>("--area") { Description = "The area: an LA's three-digit DfE number, such as 383, a region's name, or England", Required = true };
        var period = new Option<string>("--period") { Description = "The period, such as 2022", Required = true };
        var dimension = new Option<string?>("--dimension") { Description = "Only this breakdown, such as sen_status (default: every breakdown)" };
        var format = new Option<string>("--format") { Description = "table (the default), csv or json", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong(Formats);
        Option<string?> database = DatabaseOption.Create();
        var command = new Command("gaps", "Show the gaps between groups of a measure in an area: each group against all, its complement and England, and whether each gap is narrowing.")
        {
            measure, area, period, dimension, format, database,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(
            parse.GetRequiredValue(measure),
            parse.GetRequiredValue(area),
            parse.GetRequiredValue(period),
            parse.GetValue(dimension),
            parse.GetValue(format) ?? "table",
            parse.GetValue(database),
            context,
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string measure, string area, string period, string? dimension, string format, string? databaseOption, CliContext context, CancellationToken cancellationToken)
    {
        await using WaymarkDb? db = await DatabaseOption.OpenAsync(databaseOption, context, cancellationToken, mustExist: true).ConfigureAwait(false);
        if (db is null)
        {
            return ExitCodes.BadInput;
        }

        (StoredGaps? gaps, BenchmarkProblem? problem) = await StoredGaps.LoadAsync(db, measure, area, period, dimension, cancellationToken).ConfigureAwait(false);
        if (gaps is null)
        {
            await context.Error.WriteLineAsync($"--{problem!.Field}: {problem.Message}").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }

        ExportTable table = GapExport.Create(gaps);
        switch (format)
        {
            case "csv":
                await CsvTableWriter.WriteAsync(table, context.Output, cancellationToken).ConfigureAwait(false);
                break;
            case "json":
                await JsonTableWriter.WriteAsync(table, context.Output, cancellationToken).ConfigureAwait(false);
                break;
            default:
                await GapsTable.WriteAsync(context.Output, gaps, table, cancellationToken).ConfigureAwait(false);
                break;
        }

        return ExitCodes.Success;
    }
}
