using Waymark.Data.Files;

namespace Waymark.Data.Imports;

/// <summary>How an import runs.</summary>
/// <param name="Actor">Who the audit log names for the import's changes.</param>
/// <param name="Clock">The clock the changes are stamped with.</param>
/// <param name="DryRun">Check everything and report what would change, then store nothing.</param>
/// <param name="Mapping">For a DfE tidy file, which of its columns hold each measure's figures; read from the mapping file.</param>
public sealed record ImportOptions(string Actor, TimeProvider Clock, bool DryRun = false, TidyMapping? Mapping = null);
