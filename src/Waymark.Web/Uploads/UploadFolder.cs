using System.Security.Cryptography;
using System.Text.Json;

namespace Waymark.Web.Uploads;

/// <summary>
/// Uploaded files waiting to be confirmed: each in its own folder under a temporary folder, named by a random id,
/// with the kind of import and the file's name beside it; removed once stored or discarded.
/// </summary>
public sealed class UploadFolder(IConfiguration configuration)
{
    /// <summary>The setting that names the folder; the system's temporary folder when unset.</summary>
    public const string Setting = "WAYMARK_UPLOADS";

    /// <summary>The largest file accepted: 10 MB.</summary>
    public const long MaxBytes = 10 * 1024 * 1024;

    private string Root => configuration[Setting] is { Length: > 0 } root ? root : Path.Combine(Path.GetTempPath(), "waymark-uploads");

    public async Task<string> KeepAsync(string kind, string fileName, Stream content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        string id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        string folder = Path.Combine(Root, id);
        Directory.CreateDirectory(folder);
        await using (FileStream file = File.Create(Path.Combine(folder, "file")))
        {
            await content.CopyToAsync(file, cancellationToken);
        }

        await File.WriteAllTextAsync(Path.Combine(folder, "upload.json"), JsonSerializer.Serialize(new PendingUpload(id, kind, fileName)), cancellationToken);
        return id;
    }

    public async Task<PendingUpload?> FindAsync(string id, CancellationToken cancellationToken)
    {
        if (!IsId(id) || !File.Exists(Path.Combine(Root, id, "upload.json")))
        {
            return null;
        }

        return JsonSerializer.Deserialize<PendingUpload>(await File.ReadAllTextAsync(Path.Combine(Root, id, "upload.json"), cancellationToken));
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

    private static bool IsId(string id) => id.Length == 32 && id.All(char.IsAsciiHexDigitLower);
}
