using System.CommandLine;
using System.Data.Common;

using Waymark.Cli.Store;
using Waymark.Data.Benchmarks;
using Waymark.Data.Exports;

namespace Waymark.Cli.Benchmark;

/// <summary>
/// <c>waymark benchmark --measure CODE... (--area LA... | --all-areas) --period P [--format table|csv|json] [--model NAME]</c>:
/// where LAs stand on published measures, beside England, their regions and their statistical neighbours, answered
/// from one read of the store however many measures and LAs are asked about.
/// </summary>
internal static class BenchmarkCommand
{
    private static readonly string[] Formats = ["table", "csv", "json"];

    public static Command Create(CliContext context)
    {
        var measure = new Option<string[]>("--measure") { Description = "The measure's code, as LAIT writes it, such as CP_conf_15days (repeat for more than one)", Required = true, AllowMultipleArgumentsPerToken = false };
        var area = new Option<string[]>("--area") { Description = "The LA: its three-digit DfE number, such as 383, or its name (repeat for more than one)", AllowMultipleArgumentsPerToken = false };
        var allAreas = new Option<bool>("--all-areas") { Description = "Every LA that has a figure for the measure and period, instead of --area" };
        var period = new Option<string>("--period") { Description = "The period, such as 2023/24", Required = true };
        var format = new Option<string>("--format") { Description = "table (the default), csv or json", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong(Formats);
        var model = new Option<string?>("--model") { Description = "The statistical neighbour model, such as \"April 2021\" (default: the newest in the store)" };
        Option<string?> database = DatabaseOption.Create();
        var command = new Command("benchmark", "Benchmark LAs on published measures: each LA's value, England's, its region's, its statistical neighbours' average, its rank and quartile band.")
        {
            measure, area, allAreas, period, format, model, database,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(
            new BenchmarkQuestion(
                parse.GetRequiredValue(measure),
                parse.GetValue(area) ?? [],
                parse.GetValue(allAreas),
                parse.GetRequiredValue(period),
                parse.GetValue(model)),
            parse.GetValue(format) ?? "table",
            parse.GetValue(database),
            context,
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(BenchmarkQuestion question, string format, string? databaseOption, CliContext context, CancellationToken cancellationToken)
    {
        if (question.Areas.Count > 0 == question.AllAreas)
        {
            return await FailAsync(context, new BenchmarkProblem("area", question.AllAreas
                ? "give --area or --all-areas, not both"
                : "give the LA with --area (repeat it for more than one), or --all-areas for every LA")).ConfigureAwait(false);
        }

        await using DbConnection? db = await DatabaseOption.OpenConnectionAsync(databaseOption, context, cancellationToken).ConfigureAwait(false);
        if (db is null)
        {
            return ExitCodes.BadInput;
        }

        (IReadOnlyList<BenchmarkArea>? areas, BenchmarkProblem? areaProblem) = await BenchmarkFigures.FindAreasAsync(db, question.Areas, cancellationToken).ConfigureAwait(false);
        if (areas is null)
        {
            return await FailAsync(context, areaProblem!).ConfigureAwait(false);
        }

        (IReadOnlyList<BenchmarkFigures>? many, BenchmarkProblem? problem) = await BenchmarkFigures.LoadManyAsync(
            db, question.Measures, question.Period, question.Model, question.AllAreas ? null : areas, cancellationToken).ConfigureAwait(false);
        if (many is null)
        {
            return await FailAsync(context, problem!).ConfigureAwait(false);
        }

        var answers = many.Select(figures => (Figures: figures, Areas: question.AllAreas ? [.. figures.WithFigures] : areas)).ToList();
        switch (format)
        {
            case "csv":
                await CsvTableWriter.WriteAsync(BenchmarkExport.Create(answers.Select(a => (a.Figures, a.Areas.Select(a.Figures.Benchmark)))), context.Output, cancellationToken).ConfigureAwait(false);
                break;
            case "json":
                await JsonTableWriter.WriteAsync(BenchmarkExport.Create(answers.Select(a => (a.Figures, a.Areas.Select(a.Figures.Benchmark)))), context.Output, cancellationToken).ConfigureAwait(false);
                break;
            default:
                if (answers is [{ Areas: [BenchmarkArea only] } answer])
                {
                    string? region = await BenchmarkFigures.AreaNameAsync(db, only.RegionId, cancellationToken).ConfigureAwait(false);
                    await BenchmarkText.WriteAsync(context.Output, answer.Figures, only, region, answer.Figures.Benchmark(only)).ConfigureAwait(false);
                }
                else
                {
                    for (int i = 0; i < answers.Count; i++)
                    {
                        if (i > 0)
                        {
                            await context.Output.WriteLineAsync().ConfigureAwait(false);
                        }

                        await BenchmarkText.WriteManyAsync(context.Output, answers[i].Figures, answers[i].Areas).ConfigureAwait(false);
                    }
                }

                break;
        }

        return ExitCodes.Success;
    }

    private sealed record BenchmarkQuestion(IReadOnlyList<string> Measures, IReadOnlyList<string> Areas, bool AllAreas, string Period, string? Model);

    private static async Task<int> FailAsync(CliContext context, BenchmarkProblem problem)
    {
        await context.Error.WriteLineAsync($"--{problem.Field}: {problem.Message}").ConfigureAwait(false);
        return ExitCodes.BadInput;
    }
}
