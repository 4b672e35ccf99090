namespace Waymark.Data.Backups;

/// <summary>Why a backup could not be made or restored, in words for the person who asked.</summary>
/// <param name="Kind">What went wrong.</param>
/// <param name="Message">What went wrong and what to do, naming the file or the store.</param>
public sealed record BackupProblem(BackupProblemKind Kind, string Message);
