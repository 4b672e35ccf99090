using Waymark.Data.Files;

namespace Waymark.Data.Imports;

/// <summary>What an import did, or would have done in a dry run, or why it did nothing.</summary>
/// <param name="Kind">The kind of import, such as <c>results</c>.</param>
/// <param name="File">The file's name.</param>
/// <param name="Rows">The good rows read (for a framework file, its records: each council, plan, priority, tracker, ...; for a NEET dashboard, its figures).</param>
/// <param name="Added">Records added.</param>
/// <param name="Changed">Records whose values changed (each audited with before and after).</param>
/// <param name="Problems">Every problem found; when there is any, nothing was stored.</param>
/// <param name="DryRun">Whether nothing was stored because this was a dry run.</param>
public sealed record ImportReport(string Kind, string File, long Rows, long Added, long Changed, FileProblems Problems, bool DryRun)
{
    /// <summary>Records that were already as the file has them.</summary>
    public long Unchanged => Rows - Added - Changed;

    /// <summary>Whether the file was stored (or would have been, in a dry run).</summary>
    public bool Succeeded => !Problems.Any;

    /// <summary>A summary for people: "results.csv: 96 rows, 96 added, 0 changed, 0 unchanged."</summary>
    public string Summary()
    {
        if (!Succeeded)
        {
            return $"{File}: nothing was imported because of {Problems.Count:N0} {(Problems.Count == 1 ? "problem" : "problems")}.";
        }

        string verb = DryRun ? "would be" : "were";
        string rows = Kind switch
        {
            "framework" => "records",
            "neet-dashboard" => "figures",
            _ => "rows",
        };
        return $"{File}: {Rows:N0} {rows} read; {Added:N0} {verb} added, {Changed:N0} {verb} changed, {Unchanged:N0} unchanged." + (DryRun ? " Nothing was stored (dry run)." : string.Empty);
    }
}
