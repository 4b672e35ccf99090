using System.CommandLine;

using Waymark.Benchmarking;
using Waymark.Cli.Store;
using Waymark.Data.Benchmarks;
using Waymark.Data.Exports;
using Waymark.Data.Store;

namespace Waymark.Cli.Benchmark;

/// <summary>
/// <c>waymark benchmark --measure CODE --area LA --period P [--format table|csv|json] [--model NAME]</c>: where one
/// LA stands on a published measure, beside England, its region and its statistical neighbours.
/// </summary>
internal static class BenchmarkCommand
{
    private static readonly string[] Formats = ["table", "csv", "json"];

    public static Command Create(CliContext context)
    {
        var measure = new Option<string>("--measure") { Description = "The measure's code, as LAIT writes it, such as CP_conf_15days", Required = true };
        var area = new Option<string>("--area") { Description = "The LA: its three-digit DfE number, such as 383, or its name", Required = true };
        var period = new Option<string>("--period") { Description = "The period, such as 2023/24", Required = true };
        var format = new Option<string>("--format") { Description = "table (the default), csv or json", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong(Formats);
        var model = new Option<string?>("--model") { Description = "The statistical neighbour model, such as \"April 2021\" (default: the newest in the store)" };
        Option<string?> database = DatabaseOption.Create();
        var command = new Command("benchmark", "Benchmark an LA on a published measure: its value, England's, its region's, its statistical neighbours' average, its rank and quartile band.")
        {
            measure, area, period, format, model, database,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(
            parse.GetRequiredValue(measure),
            parse.GetRequiredValue(area),
            parse.GetRequiredValue(period),
            parse.GetValue(format) ?? "table",
            parse.GetValue(model),
            parse.GetValue(database),
            context,
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string measure, string areaText, string period, string format, string? model, string? databaseOption, CliContext context, CancellationToken cancellationToken)
    {
        await using WaymarkDb? db = await DatabaseOption.OpenAsync(databaseOption, context, cancellationToken, mustExist: true).ConfigureAwait(false);
        if (db is null)
        {
            return ExitCodes.BadInput;
        }

        (BenchmarkArea? area, BenchmarkProblem? areaProblem) = await BenchmarkFigures.FindAreaAsync(db, areaText, cancellationToken).ConfigureAwait(false);
        if (area is null)
        {
            return await FailAsync(context, areaProblem!).ConfigureAwait(false);
        }

        (BenchmarkFigures? figures, BenchmarkProblem? problem) = await BenchmarkFigures.LoadAsync(db, measure, period, model, area, cancellationToken).ConfigureAwait(false);
        if (figures is null)
        {
            return await FailAsync(context, problem!).ConfigureAwait(false);
        }

        AreaBenchmark benchmark = figures.Benchmark(area);
        switch (format)
        {
            case "csv":
                await CsvTableWriter.WriteAsync(BenchmarkExport.Create(figures, [benchmark]), context.Output, cancellationToken).ConfigureAwait(false);
                break;
            case "json":
                await JsonTableWriter.WriteAsync(BenchmarkExport.Create(figures, [benchmark]), context.Output, cancellationToken).ConfigureAwait(false);
                break;
            default:
                string? region = await BenchmarkFigures.AreaNameAsync(db, area.RegionId, cancellationToken).ConfigureAwait(false);
                await BenchmarkText.WriteAsync(context.Output, figures, area, region, benchmark).ConfigureAwait(false);
                break;
        }

        return ExitCodes.Success;
    }

    private static async Task<int> FailAsync(CliContext context, BenchmarkProblem problem)
    {
        await context.Error.WriteLineAsync($"--{problem.Field}: {problem.Message}").ConfigureAwait(false);
        return ExitCodes.BadInput;
    }
}
