namespace Waymark.Data.Backups;

/// <summary>A backup written, or why none was.</summary>
/// <param name="Manifest">What the backup file says about its data, when it was written.</param>
/// <param name="Problem">Why it was not written.</param>
public sealed record BackupOutcome(BackupManifest? Manifest, BackupProblem? Problem)
{
    /// <summary>Whether the backup was written.</summary>
    public bool Succeeded => Problem is null;
}
