namespace Waymark.Data.Backups;

/// <summary>Why a backup could not be made or restored.</summary>
public enum BackupProblemKind
{
    /// <summary>The file is not a Waymark backup (not a zip, no manifest, or a manifest of something else).</summary>
    NotABackup = 0,

    /// <summary>The file is a Waymark backup whose data does not match its checksum, or cannot be read.</summary>
    Damaged = 1,

    /// <summary>The backup was made by a newer Waymark: a newer schema or a newer backup format.</summary>
    Newer = 2,

    /// <summary>The backup is of the other database engine.</summary>
    OtherEngine = 3,

    /// <summary>The store to restore into already holds data, and replacing it was not asked for.</summary>
    StoreNotEmpty = 4,

    /// <summary>The store, or one of the database's tools, failed or is missing.</summary>
    StoreFailed = 5,
}
