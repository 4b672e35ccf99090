using System.CommandLine;
using System.Text;

using Waymark.Cli.Store;
using Waymark.Data.Benchmarks;
using Waymark.Data.Exports;
using Waymark.Data.Store;
using Waymark.Periods;

namespace Waymark.Cli.Export;

/// <summary>
/// <c>waymark export KIND --format csv|xlsx|json [--out FILE] [--period P] [--indicator CODE] [--measure CODE] [--model NAME]</c>:
/// writes what the store holds, with every figure worked out by the rules, for a spreadsheet or another program.
/// </summary>
internal static class ExportCommand
{
    private static readonly string[] Kinds = ["indicators", "results", "benchmarks"];
    private static readonly string[] Formats = ["csv", "xlsx", "json"];

    public static Command Create(CliContext context)
    {
        var kind = new Argument<string>("kind") { Description = "What to export: indicators, results, or benchmarks (every LA on one --measure for one --period)" };
        kind.AcceptOnlyFromAmong(Kinds);
        var format = new Option<string>("--format") { Description = "csv, xlsx (an Excel workbook; needs --out) or json", Required = true };
        format.AcceptOnlyFromAmong(Formats);
        var outFile = new Option<FileInfo?>("--out") { Description = "Write to this file, replacing it, instead of standard output" };
        var period = new Option<string?>("--period") { Description = "Only the results for this period, such as \"2010/11 Q3\"" };
        var indicator = new Option<string?>("--indicator") { Description = "Only this indicator, such as \"NI 66\"" };
        var measure = new Option<string?>("--measure") { Description = "For benchmarks: the published measure, such as CP_conf_15days" };
        var model = new Option<string?>("--model") { Description = "For benchmarks: the statistical neighbour model, such as \"April 2021\" (default: the newest)" };
        Option<string?> database = DatabaseOption.Create();
        var command = new Command("export", "Export indicators, results with their ratings, or benchmarks of every LA from the store as CSV, an Excel workbook or JSON.")
        {
            kind, format, outFile, period, indicator, measure, model, database,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(
            new Request(
                parse.GetRequiredValue(kind),
                parse.GetRequiredValue(format),
                parse.GetValue(outFile),
                parse.GetValue(period),
                parse.GetValue(indicator),
                parse.GetValue(database),
                parse.GetValue(measure),
                parse.GetValue(model)),
            context,
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(Request request, CliContext context, CancellationToken cancellationToken)
    {
        ReportingPeriod? period = null;
        if (request.Period is not null)
        {
            if (!ReportingPeriod.TryParse(request.Period, out ReportingPeriod p, out string? periodError))
            {
                return await FailAsync(context, $"--period: {periodError}").ConfigureAwait(false);
            }

            if (request.Kind == "indicators")
            {
                return await FailAsync(context, "--period: indicators have no period; use --period with results").ConfigureAwait(false);
            }

            period = p;
        }

        if (request.Kind == "benchmarks" && (request.Measure is null || request.Period is null))
        {
            return await FailAsync(context, request.Measure is null
                ? "--measure: benchmarks are of one measure; give its code, such as --measure CP_conf_15days"
                : "--period: benchmarks are for one period; give it, such as --period 2023/24").ConfigureAwait(false);
        }

        if (request.Kind == "benchmarks" && request.Indicator is not null)
        {
            return await FailAsync(context, "--indicator: benchmarks are of one published measure; give it with --measure").ConfigureAwait(false);
        }

        if (request.Kind != "benchmarks" && (request.Measure ?? request.Model) is not null)
        {
            return await FailAsync(context, $"--{(request.Measure is null ? "model" : "measure")}: only benchmarks are exported for a measure; use --indicator with {request.Kind}").ConfigureAwait(false);
        }

        if (request.Format == "xlsx" && request.Out is null)
        {
            return await FailAsync(context, $"--out: an Excel workbook cannot be written to the screen; name a file, such as --out {request.Kind}.xlsx").ConfigureAwait(false);
        }

        if (request.Out is { Directory: { Exists: false } folder })
        {
            return await FailAsync(context, $"--out: there is no folder {folder.FullName}").ConfigureAwait(false);
        }

        await using WaymarkDb? db = await DatabaseOption.OpenAsync(request.Database, context, cancellationToken, mustExist: true).ConfigureAwait(false);
        if (db is null)
        {
            return ExitCodes.BadInput;
        }

        if (request.Kind == "benchmarks")
        {
            (BenchmarkFigures? figures, BenchmarkProblem? problem) = await BenchmarkFigures.LoadAsync(db, request.Measure!, request.Period!, request.Model, null, cancellationToken).ConfigureAwait(false);
            if (figures is null)
            {
                return await FailAsync(context, $"--{problem!.Field}: {problem.Message}").ConfigureAwait(false);
            }

            return await WriteAsync(BenchmarkExport.Create(figures), request, context, cancellationToken).ConfigureAwait(false);
        }

        IndicatorSelection? indicators = await IndicatorSelection.LoadAsync(db, request.Indicator, cancellationToken).ConfigureAwait(false);
        if (indicators is null)
        {
            return await FailAsync(context, $"--indicator: there is no indicator '{request.Indicator}' in the store").ConfigureAwait(false);
        }

        ExportTable table = request.Kind == "indicators"
            ? IndicatorExport.Create(indicators)
            : ResultExport.Create(db, indicators, period);
        return await WriteAsync(table, request, context, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<int> WriteAsync(ExportTable table, Request request, CliContext context, CancellationToken cancellationToken)
    {
        if (request.Out is null)
        {
            await WriteAsync(table, request.Format, context.Output, cancellationToken).ConfigureAwait(false);
            return ExitCodes.Success;
        }

        long rows = await WriteFileAsync(table, request.Format, request.Out, cancellationToken).ConfigureAwait(false);
        string noun = rows == 1 ? request.Kind[..^1] : request.Kind;
        await context.Output.WriteLineAsync($"Wrote {rows:N0} {noun} to {request.Out.FullName}").ConfigureAwait(false);
        return ExitCodes.Success;
    }

    private static Task<long> WriteAsync(ExportTable table, string format, TextWriter writer, CancellationToken cancellationToken) =>
        format == "json"
            ? JsonTableWriter.WriteAsync(table, writer, cancellationToken)
            : CsvTableWriter.WriteAsync(table, writer, cancellationToken);

    // Written beside the file and moved over it at the end, so a failed export leaves no half-written file.
    private static async Task<long> WriteFileAsync(ExportTable table, string format, FileInfo file, CancellationToken cancellationToken)
    {
        string partial = Path.Combine(file.DirectoryName!, $".{file.Name}.{Guid.NewGuid():N}.partial");
        try
        {
            long rows;
            await using (var stream = new FileStream(partial, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
            {
                if (format == "xlsx")
                {
                    rows = await XlsxWorkbookWriter.WriteAsync([table], stream, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16);
                    rows = await WriteAsync(table, format, writer, cancellationToken).ConfigureAwait(false);
                }
            }

            File.Move(partial, file.FullName, overwrite: true);
            return rows;
        }
        finally
        {
            File.Delete(partial);
        }
    }

    private static async Task<int> FailAsync(CliContext context, string message)
    {
        await context.Error.WriteLineAsync(message).ConfigureAwait(false);
        return ExitCodes.BadInput;
    }

    private sealed record Request(string Kind, string Format, FileInfo? Out, string? Period, string? Indicator, string? Database, string? Measure, string? Model);
}
