using System.Data.Common;

using Waymark.Data.Store;

namespace Waymark.Data.Imports;

/// <summary>
/// The staging table that the imports of published figures (LAIT data, comparators, DfE's tidy files) stream into before one merge
/// into <c>area_values</c>, matched on indicator, period and area.
/// </summary>
internal static class AreaValueStaging
{
    public const string Name = "staging_area_values";

    public static StagingColumn[] Columns { get; } =
    [
        new("indicator_id", StagingType.Integer), new("area_id", StagingType.Integer), new("period", StagingType.Text),
        new("period_start", StagingType.Date), new("value", StagingType.Number), new("suppression", StagingType.Text),
        new("numerator", StagingType.Number), new("denominator", StagingType.Number),
    ];

    // A file that gives counts and denominators (a DfE tidy file) writes them with the value; one that does not (LAIT,
    // comparators) leaves a figure that came with its count or denominator as it is, the fuller publication of the
    // same statistic, and a withheld figure withheld (one file's "-" for another's "c" says nothing new), so loading
    // both files in either order, and again, gives the same store.
    private static readonly TableMerge WithCounts = MergeOf(["value", "suppression", "numerator", "denominator"], null);

    private static readonly TableMerge ValuesOnly = MergeOf(["value", "suppression"], "{0}.numerator IS NOT NULL OR {0}.denominator IS NOT NULL OR ({0}.value IS NULL AND {0}.suppression IS NOT NULL AND s.value IS NULL AND s.suppression IS NOT NULL)");

    public static StagingTable Create(ImportSession session) =>
        StagingTable.CreateTemporary(session.Connection, session.Transaction, Name, Columns);

    /// <summary>
    /// Indexes the filled staging table on the merge's keys, then merges it: with <paramref name="counts"/>, the
    /// staged counts and denominators replace those stored; without, a stored figure that has a denominator is kept.
    /// </summary>
    public static (long Added, long Changed) MergeInto(ImportSession session, ImportOptions options, bool counts = false)
    {
        using (DbCommand index = session.Connection.CreateCommand())
        {
            index.Transaction = session.Transaction;
            index.CommandText = $"CREATE INDEX ix_{Name} ON {Name} (indicator_id, period, area_id)";
            index.CommandTimeout = 0;
            index.ExecuteNonQuery();
        }

        return (counts ? WithCounts : ValuesOnly).Run(session.Connection, session.Transaction, Name, options.Actor, options.Clock.GetUtcNow());
    }

    private static TableMerge MergeOf(string[] compared, string? keepWhen) => new(
        "area_values",
        "area_value",
        ["indicator_id", "period", "area_id"],
        compared,
        [],
        ["period_start"],
        "(SELECT i.code FROM indicators i WHERE i.id = s.indicator_id) || ' ' || s.period || ' ' || (SELECT a.code FROM areas a WHERE a.id = s.area_id)",
        Concurrency: false,
        KeepWhen: keepWhen);
}
