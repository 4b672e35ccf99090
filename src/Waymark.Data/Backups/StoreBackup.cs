using System.Data.Common;

using Waymark.Data.Store;

namespace Waymark.Data.Backups;

/// <summary>
/// Backs a store up into a <see cref="BackupFile"/> while it is in use, and restores one into an empty store (or, when
/// asked, over a store's data): every table as it was when the backup was taken, then brought up to this Waymark's
/// schema by the schema scripts.
/// </summary>
public static class StoreBackup
{
    /// <summary>Writes a backup of the store at <paramref name="location"/> to <paramref name="file"/>, replacing any file there.</summary>
    public static async Task<BackupOutcome> WriteAsync(DatabaseLocation location, string file, TimeProvider clock, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(location);
        ArgumentNullException.ThrowIfNull(clock);
        DirectoryInfo work = Directory.CreateTempSubdirectory("waymark-backup-");
        try
        {
            string data = Path.Combine(work.FullName, BackupManifest.DataFileFor(location.Provider));
            DateTimeOffset takenAt = clock.GetUtcNow();
            (int version, BackupProblem? problem) = location.Provider == DatabaseProvider.Sqlite
                ? await SqliteBackup.CopyAsync(location, data, cancellationToken).ConfigureAwait(false)
                : await PostgresBackup.DumpAsync(location, data, cancellationToken).ConfigureAwait(false);
            if (problem is not null)
            {
                return new(null, problem);
            }

            var manifest = new BackupManifest(
                BackupManifest.CurrentFormatVersion,
                location.Provider,
                version,
                takenAt,
                BackupManifest.DataFileFor(location.Provider),
                new FileInfo(data).Length,
                await BackupFile.HashAsync(data, cancellationToken).ConfigureAwait(false));
            await BackupFile.WriteAsync(file, manifest, data, cancellationToken).ConfigureAwait(false);
            return new(manifest, null);
        }
        catch (DbException e)
        {
            return new(null, new(BackupProblemKind.StoreFailed, $"The {location.Describe()} could not be backed up: {e.Message}"));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new(null, new(BackupProblemKind.StoreFailed, $"The backup could not be written to {Path.GetFullPath(file)}: {e.Message}"));
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    /// <summary>
    /// Restores the backup at <paramref name="file"/> into the store at <paramref name="location"/>. Refuses, changing
    /// nothing, a file that is not a Waymark backup, is damaged or changed (its data does not match its SHA-256 hash),
    /// is of the other engine or of a newer schema than this Waymark's; and a store that holds data, unless
    /// <paramref name="replace"/>.
    /// </summary>
    public static async Task<RestoreOutcome> RestoreAsync(DatabaseLocation location, string file, bool replace, TimeProvider clock, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(location);
        ArgumentNullException.ThrowIfNull(clock);
        string name = Path.GetFileName(file);
        BackupManifest? manifest;
        BackupProblem? problem;
        try
        {
            (manifest, problem) = await BackupFile.ReadManifestAsync(file, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new(null, 0, new(BackupProblemKind.NotABackup, $"{name} cannot be read: {e.Message}"));
        }

        if (manifest is null)
        {
            return new(null, 0, problem);
        }

        if (manifest.Engine != location.Provider)
        {
            string engine = manifest.Engine == DatabaseProvider.Sqlite ? "SQLite" : "PostgreSQL";
            return new(manifest, 0, new(BackupProblemKind.OtherEngine, $"{name} is a backup of a {engine} store and cannot be restored into the {location.Describe()}: restore it into a {engine} store (--database {BackupManifest.EngineName(manifest.Engine)}:...)."));
        }

        int newest = SchemaMigrator.Scripts(location.Provider)[^1].Version;
        if (manifest.SchemaVersion > newest)
        {
            return new(manifest, 0, new(BackupProblemKind.Newer, $"{name} is of schema version {manifest.SchemaVersion}, newer than this Waymark's {newest}: nothing was restored. Restore it with the Waymark that made it, or a newer one."));
        }

        DirectoryInfo work = Directory.CreateTempSubdirectory("waymark-restore-");
        try
        {
            string data = Path.Combine(work.FullName, manifest.DataFile);
            problem = await BackupFile.ExtractDataAsync(file, manifest, data, cancellationToken).ConfigureAwait(false)
                ?? (location.Provider == DatabaseProvider.Sqlite
                    ? await SqliteBackup.RestoreAsync(location, data, manifest, name, replace, cancellationToken).ConfigureAwait(false)
                    : await PostgresBackup.RestoreAsync(location, data, name, replace, work.FullName, cancellationToken).ConfigureAwait(false));
            if (problem is not null)
            {
                return new(manifest, 0, problem);
            }

            await using WaymarkDb db = WaymarkDatabase.Open(location, clock, actor);
            await SchemaMigrator.MigrateAsync(db, clock, cancellationToken: cancellationToken).ConfigureAwait(false);
            return new(manifest, await SchemaMigrator.CurrentVersionAsync(db, cancellationToken).ConfigureAwait(false), null);
        }
        catch (DbException e)
        {
            return new(manifest, 0, new(BackupProblemKind.StoreFailed, $"The {location.Describe()} could not take the backup: {e.Message}"));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new(manifest, 0, new(BackupProblemKind.StoreFailed, $"{name} could not be restored: {e.Message}"));
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }
}
