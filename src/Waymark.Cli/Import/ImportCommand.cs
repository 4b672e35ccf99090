using System.CommandLine;
using Waymark.Cli.Store;
using Waymark.Data.Files;
using Waymark.Data.Imports;
using Waymark.Data.Store;

namespace Waymark.Cli.Import;

/// <summary><c>waymark import KIND FILE [--mapping FILE] [--dry-run]</c>: loads a file into the store, all or nothing.</summary>
internal static class ImportCommand
{
    public static Command Create(CliContext context)
    {
        var kind = new Argument<string>("kind") { Description = "What the file holds: " + string.Join(", ", Importers.ByKind.Keys) };
        kind.AcceptOnlyFromAmong([.. Importers.ByKind.Keys]);
        var file = new Argument<FileInfo>("file") { Description = "The file to import: CSV, or JSON for the framework" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Check the file and say what would change, storing nothing" };
        var mapping = new Option<FileInfo?>("--mapping") { Description = "For dfe-tidy: the mapping file (measure,value,numerator,denominator) that names each measure's columns" };
        Option<string?> database = DatabaseOption.Create();
        var command = new Command("import", "Import a file into the store: every row is checked first, and nothing is stored if any row is wrong.")
        {
            kind, file, mapping, dryRun, database,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(
            parse.GetRequiredValue(kind), parse.GetRequiredValue(file), parse.GetValue(mapping), parse.GetValue(dryRun), parse.GetValue(database), context, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string kind, FileInfo file, FileInfo? mappingFile, bool dryRun, string? databaseOption, CliContext context, CancellationToken cancellationToken)
    {
        if (!file.Exists)
        {
            await context.Error.WriteLineAsync($"There is no file {file.FullName}").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }

        TidyMapping? mapping = null;
        if (mappingFile is not null || Importers.WithMapping.Contains(kind))
        {
            if (!Importers.WithMapping.Contains(kind))
            {
                await context.Error.WriteLineAsync($"--mapping is for {string.Join(", ", Importers.WithMapping)} files only: a {kind} file names its own columns").ConfigureAwait(false);
                return ExitCodes.BadInput;
            }

            if (mappingFile is null || !mappingFile.Exists)
            {
                await context.Error.WriteLineAsync(mappingFile is null
                    ? $"A {kind} file is read through a mapping file that names each measure's columns: give it with --mapping FILE"
                    : $"There is no file {mappingFile.FullName}").ConfigureAwait(false);
                return ExitCodes.BadInput;
            }

            var mappingProblems = new FileProblems();
            using (var mappingReader = new StreamReader(mappingFile.FullName, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true))
            {
                mapping = TidyMapping.Read(mappingReader, mappingFile.Name, mappingProblems);
            }

            if (mapping is null)
            {
                ProblemReport.Write(context.Error, mappingProblems);
                return ExitCodes.BadInput;
            }
        }

        await using WaymarkDb? db = await DatabaseOption.OpenAsync(databaseOption, context, cancellationToken).ConfigureAwait(false);
        if (db is null)
        {
            return ExitCodes.BadInput;
        }

        ImportReport report;
        using (var progress = new ProgressBar(context, $"Importing {file.Name}"))
        using (var stream = new ProgressStream(File.OpenRead(file.FullName), progress.Report))
        using (var reader = new StreamReader(stream, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16))
        {
            report = await Importers.ByKind[kind](db, reader, file.Name, new ImportOptions(context.Actor, context.Clock, dryRun, mapping), cancellationToken).ConfigureAwait(false);
        }

        if (!report.Succeeded)
        {
            ProblemReport.Write(context.Error, report.Problems);
            return ExitCodes.BadInput;
        }

        await context.Output.WriteLineAsync(report.Summary()).ConfigureAwait(false);
        return ExitCodes.Success;
    }
}
