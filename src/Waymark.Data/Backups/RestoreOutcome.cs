namespace Waymark.Data.Backups;

/// <summary>A backup restored, or why nothing was.</summary>
/// <param name="Manifest">What the backup file says about its data, when it could be read.</param>
/// <param name="SchemaVersion">The store's schema version after the restore: the backup's, or newer when the store was brought up to date.</param>
/// <param name="Problem">Why nothing was restored.</param>
public sealed record RestoreOutcome(BackupManifest? Manifest, int SchemaVersion, BackupProblem? Problem)
{
    /// <summary>Whether the store now holds the backup's data.</summary>
    public bool Succeeded => Problem is null;
}
