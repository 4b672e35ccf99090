using System.Data.Common;

using Waymark.Data.Store;

namespace Waymark.Data.Imports;

/// <summary>
/// The staging table that the imports of published figures (LAIT data, comparators) stream into before one merge
/// into <c>area_values</c>, matched on indicator, period and area.
/// </summary>
internal static class AreaValueStaging
{
    public const string Name = "staging_area_values";

    public static StagingColumn[] Columns { get; } =
    [
        new("indicator_id", StagingType.Integer), new("area_id", StagingType.Integer), new("period", StagingType.Text),
        new("period_start", StagingType.Date), new("value", StagingType.Number), new("suppression", StagingType.Text),
    ];

    private static readonly TableMerge Merge = new(
        "area_values",
        "area_value",
        ["indicator_id", "period", "area_id"],
        ["value", "suppression"],
        [],
        ["period_start"],
        "(SELECT i.code FROM indicators i WHERE i.id = s.indicator_id) || ' ' || s.period || ' ' || (SELECT a.code FROM areas a WHERE a.id = s.area_id)",
        Concurrency: false);

    public static StagingTable Create(ImportSession session) =>
        StagingTable.CreateTemporary(session.Connection, session.Transaction, Name, Columns);

    /// <summary>Indexes the filled staging table on the merge's keys, then merges it.</summary>
    public static (long Added, long Changed) MergeInto(ImportSession session, ImportOptions options)
    {
        using (DbCommand index = session.Connection.CreateCommand())
        {
            index.Transaction = session.Transaction;
            index.CommandText = $"CREATE INDEX ix_{Name} ON {Name} (indicator_id, period, area_id)";
            index.CommandTimeout = 0;
            index.ExecuteNonQuery();
        }

        return Merge.Run(session.Connection, session.Transaction, Name, options.Actor, options.Clock.GetUtcNow());
    }
}
