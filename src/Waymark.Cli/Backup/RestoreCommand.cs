using System.CommandLine;
using System.Globalization;

using Waymark.Cli.Store;
using Waymark.Data.Backups;
using Waymark.Data.Store;

namespace Waymark.Cli.Backup;

/// <summary>
/// <c>waymark restore FILE [--replace]</c>: restores a backup written by <c>waymark backup</c> into an empty store, or
/// over a store's data when <c>--replace</c> is given, after checking that the file is a Waymark backup of this engine,
/// of this Waymark's schema or an older one, and that its data matches its SHA-256 hash.
/// </summary>
internal static class RestoreCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<FileInfo>("file") { Description = "The backup, a file written by waymark backup --out" };
        var replace = new Option<bool>("--replace") { Description = "Replace everything the store holds with the backup (without it, a store that holds data is refused)" };
        Option<string?> database = DatabaseOption.Create();
        var command = new Command("restore", "Restore a backup written by waymark backup into an empty store, or over the store's data with --replace.")
        {
            file, replace, database,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(parse.GetRequiredValue(file), parse.GetValue(replace), parse.GetValue(database), context, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(FileInfo file, bool replace, string? databaseOption, CliContext context, CancellationToken cancellationToken)
    {
        if (!DatabaseLocation.TryResolve(databaseOption, out DatabaseLocation? location, out string? error))
        {
            await context.Error.WriteLineAsync($"--database: {error}").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }

        if (!file.Exists)
        {
            await context.Error.WriteLineAsync($"There is no file {file.FullName} to restore.").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }

        RestoreOutcome outcome = await StoreBackup.RestoreAsync(location, file.FullName, replace, context.Clock, context.Actor, cancellationToken).ConfigureAwait(false);
        if (outcome.Problem is { } problem)
        {
            await context.Error.WriteLineAsync(problem.Message).ConfigureAwait(false);
            return problem.Kind switch
            {
                BackupProblemKind.StoreNotEmpty => ExitCodes.StoreNotEmpty,
                BackupProblemKind.StoreFailed => ExitCodes.StoreFailed,
                _ => ExitCodes.BadInput,
            };
        }

        BackupManifest manifest = outcome.Manifest!;
        string upgraded = outcome.SchemaVersion > manifest.SchemaVersion
            ? string.Create(CultureInfo.InvariantCulture, $" It was brought up to schema version {outcome.SchemaVersion}.")
            : string.Empty;
        await context.Output.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture,
            $"Restored {file.Name}, a backup at schema version {manifest.SchemaVersion} taken {manifest.CreatedAt.ToUniversalTime():yyyy-MM-dd HH:mm:ss} UTC, into the {location.Describe()}.{upgraded}")).ConfigureAwait(false);
        return ExitCodes.Success;
    }
}
