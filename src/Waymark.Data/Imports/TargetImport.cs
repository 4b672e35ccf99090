using Waymark.Data.Files;
using Waymark.Data.Store;

namespace Waymark.Data.Imports;

/// <summary>Imports <c>targets.csv</c>: checked against the stored indicators, merged all or nothing, changes audited.</summary>
public static class TargetImport
{
    private static readonly StagingColumn[] Columns =
    [
        new("indicator_id", StagingType.Integer), new("period", StagingType.Text), new("value", StagingType.Number),
        new("set_by", StagingType.Text), new("period_start", StagingType.Date), new("illustrative", StagingType.Boolean),
    ];

    private static readonly TableMerge Merge = new(
        "targets",
        "target",
        ["indicator_id", "period"],
        ["value", "set_by"],
        [],
        ["period_start", "illustrative"],
        "(SELECT i.code FROM indicators i WHERE i.id = s.indicator_id) || ' ' || s.period",
        Concurrency: true);

    /// <summary>Imports the targets in <paramref name="text"/>, all or nothing.</summary>
    public static async Task<ImportReport> ImportAsync(WaymarkDb db, TextReader text, string fileName, ImportOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(options);
        StoredIndicators stored = await StoredIndicators.LoadAsync(db, cancellationToken).ConfigureAwait(false);
        var problems = new FileProblems();
        await using ImportSession session = await ImportSession.BeginAsync(db, cancellationToken).ConfigureAwait(false);
        long rows = 0;
        using (StagingTable staging = StagingTable.CreateTemporary(session.Connection, session.Transaction, "staging_targets", Columns))
        {
            var values = new object?[Columns.Length];
            TargetFile.ReadRows(text, fileName, stored.Set, problems, row =>
            {
                rows++;
                if (problems.Any)
                {
                    return;
                }

                values[0] = stored.IdAt(row.Indicator);
                values[1] = row.Period.ToString();
                values[2] = row.Target;
                values[3] = row.SetBy;
                values[4] = row.Period.Start;
                values[5] = row.Illustrative;
                staging.Add(values);
            });

            if (!problems.Any)
            {
                staging.Complete();
            }
        }

        if (problems.Any)
        {
            return await session.FinishAsync(new ImportReport("targets", fileName, rows, 0, 0, problems, options.DryRun), options, cancellationToken).ConfigureAwait(false);
        }

        (long added, long changed) = Merge.Run(session.Connection, session.Transaction, "staging_targets", options.Actor, options.Clock.GetUtcNow());
        return await session.FinishAsync(new ImportReport("targets", fileName, rows, added, changed, problems, options.DryRun), options, cancellationToken).ConfigureAwait(false);
    }
}
