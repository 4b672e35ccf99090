using System.CommandLine;

using Waymark.Cli.Store;
using Waymark.Data.Benchmarks;
using Waymark.Data.Exports;
using Waymark.Data.Measures;
using Waymark.Data.Store;
using Waymark.Intervals;

namespace Waymark.Cli.Funnel;

/// <summary>
/// <c>waymark funnel --measure CODE [--period P] [--area LA...] [--format table|csv|json]</c>: every LA on a
/// measure's funnel plot, a row an LA with its count, denominator, value, the limits at its denominator and where it
/// lies, the council's own LA marked; the same figures as the indicator page and the API.
/// </summary>
internal static class FunnelCommand
{
    private static readonly string[] Formats = ["table", "csv", "json"];

    public static Command Create(CliContext context)
    {
        var measure = new Option<string>("--measure") { Description = "The measure's code, such as PrevRegCPR", Required = true };
        var period = new Option<string?>("--period") { Description = "The period, such as 2024/25 (default: the latest with LAs' counts and denominators)" };
        var area = new Option<string[]>("--area") { Description = "Only this LA: its three-digit DfE number, such as 383, or its name (repeat for more than one; default: every LA)", AllowMultipleArgumentsPerToken = false };
        var format = new Option<string>("--format") { Description = "table (the default), csv or json", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong(Formats);
        Option<string?> database = DatabaseOption.Create();
        var command = new Command("funnel", "Every LA on a measure's funnel plot: its count, denominator and value, the 95% and 99.8% limits at its denominator around England's value, and whether it is better, similar or worse.")
        {
            measure, period, area, format, database,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(
            parse.GetRequiredValue(measure),
            parse.GetValue(period),
            parse.GetValue(area) ?? [],
            parse.GetValue(format) ?? "table",
            parse.GetValue(database),
            context,
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string measureCode, string? periodText, IReadOnlyList<string> areaTexts, string format, string? databaseOption, CliContext context, CancellationToken cancellationToken)
    {
        await using WaymarkDb? db = await DatabaseOption.OpenAsync(databaseOption, context, cancellationToken, mustExist: true).ConfigureAwait(false);
        if (db is null)
        {
            return ExitCodes.BadInput;
        }

        var areas = new List<BenchmarkArea>();
        foreach (string text in areaTexts)
        {
            (BenchmarkArea? found, BenchmarkProblem? areaProblem) = await BenchmarkFigures.FindAreaAsync(db, text, cancellationToken).ConfigureAwait(false);
            if (found is null)
            {
                return await FailAsync(context, areaProblem!.Field, areaProblem.Message).ConfigureAwait(false);
            }

            if (!areas.Contains(found))
            {
                areas.Add(found);
            }
        }

        (IndicatorFunnel? funnel, Indicator? measure, FunnelProblem? problem) = await IndicatorFunnel.FindAsync(db, measureCode, periodText, cancellationToken).ConfigureAwait(false);
        if (funnel is null || measure is null)
        {
            return await FailAsync(context, problem!.Field, problem.Message).ConfigureAwait(false);
        }

        var points = new List<FunnelPoint>();
        foreach (BenchmarkArea la in areas)
        {
            FunnelPoint? point = funnel.Plot.Points.FirstOrDefault(p => p.Area.Number == la.Number);
            if (point is null)
            {
                FunnelOmission? omitted = funnel.Plot.Omitted.FirstOrDefault(o => o.Area.Number == la.Number);
                return await FailAsync(context, "area", omitted is null
                    ? $"{la.Name} has no count and denominator for {measure.Code} in {funnel.Period}"
                    : $"{la.Name} is not on the funnel plot of {measure.Code} in {funnel.Period}, as {omitted.Reason}").ConfigureAwait(false);
            }

            points.Add(point);
        }

        IReadOnlyList<FunnelPoint> shown = areas.Count > 0 ? points : funnel.Plot.Points;
        switch (format)
        {
            case "csv":
                await CsvTableWriter.WriteAsync(FunnelExport.Create(measure, funnel, shown), context.Output, cancellationToken).ConfigureAwait(false);
                break;
            case "json":
                await JsonTableWriter.WriteAsync(FunnelExport.Create(measure, funnel, shown), context.Output, cancellationToken).ConfigureAwait(false);
                break;
            default:
                await FunnelText.WriteAsync(context.Output, measure, funnel, shown).ConfigureAwait(false);
                break;
        }

        return ExitCodes.Success;
    }

    private static async Task<int> FailAsync(CliContext context, string field, string message)
    {
        await context.Error.WriteLineAsync($"--{field}: {message}").ConfigureAwait(false);
        return ExitCodes.BadInput;
    }
}
