using System.IO.Compression;
using System.Security.Cryptography;

namespace Waymark.Data.Backups;

/// <summary>
/// The backup file: a zip holding <c>manifest.json</c> (see <see cref="BackupManifest"/>) and one data file, the
/// engine's own copy of the store (<c>waymark.db</c>, a SQLite database; or <c>waymark.dump</c>, a <c>pg_dump</c>
/// archive in its custom format).
/// </summary>
public static class BackupFile
{
    private const int BufferSize = 1 << 16;

    /// <summary>The SHA-256 hash of a file, as 64 lower-case hexadecimal digits.</summary>
    public static async Task<string> HashAsync(string path, CancellationToken cancellationToken = default)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, useAsync: true);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>
    /// Writes the backup to <paramref name="path"/>, replacing any file there. It is written beside the file and
    /// moved over it at the end, so a failed backup leaves no half-written file and the old one as it was.
    /// </summary>
    public static async Task WriteAsync(string path, BackupManifest manifest, string dataPath, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        string full = Path.GetFullPath(path);
        string partial = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.partial");
        try
        {
            await using (var stream = new FileStream(partial, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, useAsync: true))
            {
                await using var zip = await ZipArchive.CreateAsync(stream, ZipArchiveMode.Create, leaveOpen: false, entryNameEncoding: null, cancellationToken).ConfigureAwait(false);
                await using (Stream entry = await zip.CreateEntry(BackupManifest.EntryName, CompressionLevel.Optimal).OpenAsync(cancellationToken).ConfigureAwait(false))
                {
                    await entry.WriteAsync(manifest.ToJson(), cancellationToken).ConfigureAwait(false);
                }

                await using (Stream entry = await zip.CreateEntry(manifest.DataFile, CompressionLevel.Optimal).OpenAsync(cancellationToken).ConfigureAwait(false))
                await using (var data = new FileStream(dataPath, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, useAsync: true))
                {
                    await data.CopyToAsync(entry, cancellationToken).ConfigureAwait(false);
                }
            }

            File.Move(partial, full, overwrite: true);
        }
        finally
        {
            File.Delete(partial);
        }
    }

    /// <summary>
    /// Reads the manifest of the backup at <paramref name="path"/>, or says why the file is not a Waymark backup
    /// this Waymark can read.
    /// </summary>
    public static async Task<(BackupManifest? Manifest, BackupProblem? Problem)> ReadManifestAsync(string path, CancellationToken cancellationToken = default)
    {
        string name = Path.GetFileName(path);
        try
        {
            await using ZipArchive zip = await ZipFile.OpenReadAsync(path, cancellationToken).ConfigureAwait(false);
            ZipArchiveEntry? entry = zip.GetEntry(BackupManifest.EntryName);
            if (entry is null)
            {
                return (null, NotABackup(name, $"it holds no {BackupManifest.EntryName}"));
            }

            if (entry.Length > 1 << 20)
            {
                return (null, NotABackup(name, $"its {BackupManifest.EntryName} is {entry.Length:N0} bytes, far more than a manifest"));
            }

            using var buffer = new MemoryStream();
            await using (Stream stream = await entry.OpenAsync(cancellationToken).ConfigureAwait(false))
            {
                await stream.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
            }

            BackupManifest? manifest = BackupManifest.TryParse(buffer.ToArray(), out BackupProblem? problem);
            return manifest is null
                ? (null, problem!.Kind == BackupProblemKind.NotABackup ? NotABackup(name, problem.Message) : problem with { Message = $"{name}: {problem.Message}." })
                : (manifest, null);
        }
        catch (InvalidDataException)
        {
            return (null, NotABackup(name, "it is not a zip file"));
        }
    }

    /// <summary>
    /// Copies the backup's data file to <paramref name="destination"/>, checking its length and SHA-256 hash against
    /// the manifest. Returns why it does not match, or null when it does.
    /// </summary>
    public static async Task<BackupProblem?> ExtractDataAsync(string path, BackupManifest manifest, string destination, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        string name = Path.GetFileName(path);
        try
        {
            await using ZipArchive zip = await ZipFile.OpenReadAsync(path, cancellationToken).ConfigureAwait(false);
            ZipArchiveEntry? entry = zip.GetEntry(manifest.DataFile);
            if (entry is null)
            {
                return Damaged(name, $"it holds no {manifest.DataFile}, the data its manifest names");
            }

            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            long length = 0;
            await using (Stream data = await entry.OpenAsync(cancellationToken).ConfigureAwait(false))
            await using (var copy = new FileStream(destination, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, useAsync: true))
            {
                byte[] buffer = new byte[BufferSize];
                int read;
                while ((read = await data.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
                {
                    hash.AppendData(buffer, 0, read);
                    length += read;
                    await copy.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
                }
            }

            string actual = Convert.ToHexStringLower(hash.GetHashAndReset());
            if (actual != manifest.DataSha256 || length != manifest.DataBytes)
            {
                return Damaged(name, $"its {manifest.DataFile} ({length:N0} bytes) has the SHA-256 hash {actual}, but its manifest says {manifest.DataSha256} ({manifest.DataBytes:N0} bytes)");
            }

            return null;
        }
        catch (InvalidDataException e)
        {
            return Damaged(name, $"its {manifest.DataFile} cannot be read ({e.Message})");
        }
    }

    private static BackupProblem NotABackup(string name, string why) =>
        new(BackupProblemKind.NotABackup, $"{name} is not a Waymark backup: {why}. A backup is a file written by waymark backup --out FILE.");

    private static BackupProblem Damaged(string name, string why) =>
        new(BackupProblemKind.Damaged, $"{name} is damaged or was changed after it was written: {why}. Nothing was restored; use another backup.");
}
