namespace Waymark.Data.Imports;

/// <summary>How an import runs.</summary>
/// <param name="Actor">Who the audit log names for the import's changes.</param>
/// <param name="Clock">The clock the changes are stamped with.</param>
/// <param name="DryRun">Check everything and report what would change, then store nothing.</param>
public sealed record ImportOptions(string Actor, TimeProvider Clock, bool DryRun = false);
