using System.CommandLine;
using System.Text;

using Waymark.Cli.Store;
using Waymark.Data.Exports;
using Waymark.Data.Store;
using Waymark.Periods;

namespace Waymark.Cli.Export;

/// <summary>
/// <c>waymark export KIND --format csv|xlsx|json [--out FILE] [--period P] [--indicator CODE]</c>: writes what the
/// store holds, with every figure worked out by the rules, for a spreadsheet or another program.
/// </summary>
internal static class ExportCommand
{
    private static readonly string[] Kinds = ["indicators", "results"];
    private static readonly string[] Formats = ["csv", "xlsx", "json"];

    public static Command Create(CliContext context)
    {
        var kind = new Argument<string>("kind") { Description = "What to export: indicators or results" };
        kind.AcceptOnlyFromAmong(Kinds);
        var format = new Option<string>("--format") { Description = "csv, xlsx (an Excel workbook; needs --out) or json", Required = true };
        format.AcceptOnlyFromAmong(Formats);
        var outFile = new Option<FileInfo?>("--out") { Description = "Write to this file, replacing it, instead of standard output" };
        var period = new Option<string?>("--period") { Description = "Only the results for this period, such as \"2010/11 Q3\"" };
        var indicator = new Option<string?>("--indicator") { Description = "Only this indicator, such as \"NI 66\"" };
        Option<string?> database = DatabaseOption.Create();
        var command = new Command("export", "Export indicators, or results with their ratings, from the store as CSV, an Excel workbook or JSON.")
        {
            kind, format, outFile, period, indicator, database,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(
            new Request(
                parse.GetRequiredValue(kind),
                parse.GetRequiredValue(format),
                parse.GetValue(outFile),
                parse.GetValue(period),
                parse.GetValue(indicator),
                parse.GetValue(database)),
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

        IndicatorSelection? indicators = await IndicatorSelection.LoadAsync(db, request.Indicator, cancellationToken).ConfigureAwait(false);
        if (indicators is null)
        {
            return await FailAsync(context, $"--indicator: there is no indicator '{request.Indicator}' in the store").ConfigureAwait(false);
        }

        ExportTable table = request.Kind == "indicators"
            ? IndicatorExport.Create(indicators)
            : ResultExport.Create(db, indicators, period);

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

    private sealed record Request(string Kind, string Format, FileInfo? Out, string? Period, string? Indicator, string? Database);
}
