using System.Security.Cryptography;
using System.Text.Json;

namespace Waymark.Web.Uploads;

/// <summary>
/// Uploaded files waiting to be confirmed: each in its own folder under a temporary folder, named by a random id,
/// with the kind of import, the file's name and when it was kept beside it; removed once stored or discarded. An
/// upload left unconfirmed for longer than <see cref="MaxAge"/> is abandoned: it can no longer be found, and it is
/// removed when the next file is uploaded.
/// </summary>
public sealed class UploadFolder(IConfiguration configuration, TimeProvider clock)
{
    /// <summary>The setting that names the folder; the system's temporary folder when unset.</summary>
    public const string Setting = "WAYMARK_UPLOADS";

    /// <summary>The largest file accepted: 10 MB.</summary>
    public const long MaxBytes = 10 * 1024 * 1024;

    /// <summary>How long an upload is kept waiting to be confirmed.</summary>
    public static TimeSpan MaxAge { get; } = TimeSpan.FromHours(24);

    private const string Description = "upload.json";

    private string Root => configuration[Setting] is { Length: > 0 } root ? root : Path.Combine(Path.GetTempPath(), "waymark-uploads");

    /// <summary>Keeps a new upload, after removing those abandoned.</summary>
    public async Task<string> KeepAsync(string kind, string fileName, Stream content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        await RemoveAbandonedAsync(cancellationToken);
        string id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        string folder = Path.Combine(Root, id);
        Directory.CreateDirectory(folder);

        // The description is written first, so that a folder whose file was never finished is still removed in time.
        var upload = new PendingUpload(id, kind, fileName, clock.GetUtcNow());
        await File.WriteAllTextAsync(Path.Combine(folder, Description), JsonSerializer.Serialize(upload), cancellationToken);
        await using (FileStream file = File.Create(Path.Combine(folder, "file")))
        {
            await content.CopyToAsync(file, cancellationToken);
        }

        return id;
    }

    /// <summary>The upload with <paramref name="id"/>, unless it is unknown or abandoned.</summary>
    public async Task<PendingUpload?> FindAsync(string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (!IsId(id))
        {
            return null;
        }

        PendingUpload? upload = await ReadAsync(Path.Combine(Root, id), cancellationToken);
        return upload is null || Abandoned(upload) ? null : upload;
    }

    public StreamReader Open(PendingUpload upload)
    {
        ArgumentNullException.ThrowIfNull(upload);
        return new StreamReader(Path.Combine(Root, upload.Id, "file"));
    }

    public void Discard(PendingUpload upload)
    {
        ArgumentNullException.ThrowIfNull(upload);
        Directory.Delete(Path.Combine(Root, upload.Id), recursive: true);
    }

    /// <summary>Removes every upload kept for longer than <see cref="MaxAge"/>; returns how many.</summary>
    public async Task<int> RemoveAbandonedAsync(CancellationToken cancellationToken)
    {
        if (!Directory.Exists(Root))
        {
            return 0;
        }

        int removed = 0;
        foreach (string folder in Directory.EnumerateDirectories(Root))
        {
            if (IsId(Path.GetFileName(folder)) && await ReadAsync(folder, cancellationToken) is { } upload && Abandoned(upload))
            {
                try
                {
                    Directory.Delete(folder, recursive: true);
                    removed++;
                }
                catch (DirectoryNotFoundException)
                {
                    // Removed meanwhile by another request.
                }
            }
        }

        return removed;
    }

    private bool Abandoned(PendingUpload upload) => clock.GetUtcNow() - upload.KeptAt > MaxAge;

    private static async Task<PendingUpload?> ReadAsync(string folder, CancellationToken cancellationToken)
    {
        try
        {
            return JsonSerializer.Deserialize<PendingUpload>(await File.ReadAllTextAsync(Path.Combine(folder, Description), cancellationToken));
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException or JsonException)
        {
            return null;
        }
    }

    private static bool IsId(string id) => id.Length == 32 && id.All(char.IsAsciiHexDigitLower);
}
