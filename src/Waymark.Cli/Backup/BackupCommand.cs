using System.CommandLine;
using System.Globalization;

using Microsoft.Data.Sqlite;

using Waymark.Cli.Store;
using Waymark.Data.Backups;
using Waymark.Data.Store;

namespace Waymark.Cli.Backup;

/// <summary>
/// <c>waymark backup --out FILE</c>: writes a backup of the store, taken while the web application and commands go on
/// writing, with the schema version and the SHA-256 hash of its data, for <c>waymark restore</c>.
/// </summary>
internal static class BackupCommand
{
    public static Command Create(CliContext context)
    {
        var outFile = new Option<FileInfo>("--out") { Description = "Write the backup to this file, replacing it, such as waymark-2011-04-01.zip", Required = true };
        Option<string?> database = DatabaseOption.Create();
        var command = new Command("backup", "Back the store up to one file, while Waymark is in use: a SQLite store by SQLite's online backup, a PostgreSQL store by pg_dump.")
        {
            outFile, database,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(parse.GetRequiredValue(outFile), parse.GetValue(database), context, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(FileInfo outFile, string? databaseOption, CliContext context, CancellationToken cancellationToken)
    {
        if (!DatabaseLocation.TryResolve(databaseOption, out DatabaseLocation? location, out string? error))
        {
            await context.Error.WriteLineAsync($"--database: {error}").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }

        if (outFile.Directory is { Exists: false } folder)
        {
            await context.Error.WriteLineAsync($"--out: there is no folder {folder.FullName}").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }

        if (location.Provider == DatabaseProvider.Sqlite
            && new SqliteConnectionStringBuilder(location.ConnectionString).DataSource is { } path && !File.Exists(path))
        {
            await context.Error.WriteLineAsync($"--database: there is no SQLite database {Path.GetFullPath(path)} to back up").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }

        BackupOutcome outcome = await StoreBackup.WriteAsync(location, outFile.FullName, context.Clock, cancellationToken).ConfigureAwait(false);
        if (outcome.Problem is { } problem)
        {
            await context.Error.WriteLineAsync(problem.Message).ConfigureAwait(false);
            return ExitCodes.StoreFailed;
        }

        BackupManifest manifest = outcome.Manifest!;
        await context.Output.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture,
            $"Backed up the {location.Describe()} at schema version {manifest.SchemaVersion} to {outFile.FullName} ({manifest.DataFile}: {manifest.DataBytes:N0} bytes, SHA-256 {manifest.DataSha256}).")).ConfigureAwait(false);
        return ExitCodes.Success;
    }
}
