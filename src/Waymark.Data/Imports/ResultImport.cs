using Microsoft.EntityFrameworkCore;

using Waymark.Data.Files;
using Waymark.Data.Store;
using Waymark.Periods;
using Waymark.Results;

namespace Waymark.Data.Imports;

/// <summary>
/// Imports <c>results.csv</c> into the store: every row checked against the indicators already stored, streamed
/// into a staging table inside one transaction, then merged: new results added, changed ones updated and audited,
/// identical ones left alone. Into an empty results table the rows are written directly.
/// </summary>
public static class ResultImport
{
    private static readonly StagingColumn[] Columns =
    [
        new("indicator_id", StagingType.Integer), new("period", StagingType.Text), new("value", StagingType.Number),
        new("numerator", StagingType.Number), new("denominator", StagingType.Number), new("predicted_year_end", StagingType.Number),
        new("data_quality", StagingType.Text), new("commentary", StagingType.Text), new("provisional", StagingType.Boolean),
        new("entered_by", StagingType.Text), new("entered_at", StagingType.Timestamp), new("period_start", StagingType.Date),
        new("illustrative", StagingType.Boolean), new("concurrency_version", StagingType.Integer),
    ];

    private static readonly TableMerge Merge = new(
        "results",
        "result",
        ["indicator_id", "period"],
        ["value", "numerator", "denominator", "predicted_year_end", "data_quality", "commentary", "provisional"],
        ["entered_by", "entered_at"],
        ["period_start", "illustrative", "concurrency_version"],
        "(SELECT i.code FROM indicators i WHERE i.id = s.indicator_id) || ' ' || s.period",
        Concurrency: true);

    private static readonly StagingColumn[] GroupColumns =
    [
        new("indicator_id", StagingType.Integer), new("group_id", StagingType.Integer), new("period", StagingType.Text),
        new("period_start", StagingType.Date), new("value", StagingType.Number), new("numerator", StagingType.Number),
        new("denominator", StagingType.Number), new("provisional", StagingType.Boolean), new("data_quality", StagingType.Text),
        new("commentary", StagingType.Text), new("entered_by", StagingType.Text), new("entered_at", StagingType.Timestamp),
        new("illustrative", StagingType.Boolean),
    ];

    private static readonly TableMerge GroupMerge = new(
        "group_results",
        "group_result",
        ["indicator_id", "group_id", "period"],
        ["value", "numerator", "denominator", "provisional", "data_quality", "commentary"],
        ["entered_by", "entered_at"],
        ["period_start", "illustrative"],
        "(SELECT i.code FROM indicators i WHERE i.id = s.indicator_id) || ' ' || (SELECT d.code || ' ' || g.code FROM dimension_groups g JOIN dimensions d ON d.id = g.dimension_id WHERE g.id = s.group_id) || ' ' || s.period",
        Concurrency: false);

    /// <summary>
    /// Imports the results in <paramref name="text"/>, all or nothing. A row with a <c>breakdown</c> and <c>group</c>
    /// is a group's result, stored apart from the whole population's; its group must already be in the store.
    /// </summary>
    public static async Task<ImportReport> ImportAsync(WaymarkDb db, TextReader text, string fileName, ImportOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(options);
        StoredIndicators stored = await StoredIndicators.LoadAsync(db, cancellationToken).ConfigureAwait(false);
        var problems = new FileProblems();
        DateTimeOffset now = options.Clock.GetUtcNow();

        await using ImportSession session = await ImportSession.BeginAsync(db, cancellationToken).ConfigureAwait(false);
        bool direct = !await db.Results.AnyAsync(cancellationToken).ConfigureAwait(false);
        Dictionary<(string Dimension, string Group), int> groups = await StoredGroups.ByCodeAsync(db, cancellationToken).ConfigureAwait(false);
        var groupRows = new List<object?[]>();
        long rows = 0;
        using (StagingTable staging = direct
            ? StagingTable.Open(session.Connection, session.Transaction, "results", Columns)
            : StagingTable.CreateTemporary(session.Connection, session.Transaction, "staging_results", Columns))
        {
            // Values shared by many rows are boxed once: a staging table writes a value only when it differs from
            // the row before's.
            var values = new object?[Columns.Length];
            object[] ids = [.. stored.Records.Select(i => (object)i.Id)];
            var periods = new Dictionary<ReportingPeriod, (object Key, object Start)>();
            object stamp = now, no = false, yes = true, version = 0;
            ResultFile.Read(text, fileName, stored.Set, problems, static (_, _) => true, row =>
            {
                rows++;
                int groupId = 0;
                if (row.Breakdown is { } breakdown && row.Group is { } group && !groups.TryGetValue((breakdown, group), out groupId))
                {
                    problems.Add(fileName, row.Line, "group", StoredGroups.Unknown(groups, breakdown, group));
                    return;
                }

                if (problems.Any)
                {
                    return;
                }

                if (!periods.TryGetValue(row.Period, out (object Key, object Start) period))
                {
                    period = (row.Period.ToString(), row.Period.Start);
                    periods.Add(row.Period, period);
                }

                IndicatorResult r = row.Result;
                if (row.Group is not null)
                {
                    groupRows.Add(
                    [
                        ids[row.Indicator], groupId, period.Key, period.Start, r.Value, r.Numerator, r.Denominator,
                        row.Provisional ? yes : no, r.DataQuality.ToCode(), r.Commentary, options.Actor, stamp, row.Illustrative ? yes : no,
                    ]);
                    return;
                }

                values[0] = ids[row.Indicator];
                values[1] = period.Key;
                values[2] = r.Value;
                values[3] = r.Numerator;
                values[4] = r.Denominator;
                values[5] = r.PredictedYearEnd;
                values[6] = r.DataQuality.ToCode();
                values[7] = r.Commentary;
                values[8] = row.Provisional ? yes : no;
                values[9] = options.Actor;
                values[10] = stamp;
                values[11] = period.Start;
                values[12] = row.Illustrative ? yes : no;
                values[13] = version;
                staging.Add(values);
            });

            if (!problems.Any)
            {
                staging.Complete();
            }
        }

        if (problems.Any)
        {
            return await session.FinishAsync(new ImportReport("results", fileName, rows, 0, 0, problems, options.DryRun), options, cancellationToken).ConfigureAwait(false);
        }

        (long added, long changed) = direct
            ? (rows - groupRows.Count, 0)
            : Merge.Run(session.Connection, session.Transaction, "staging_results", options.Actor, now);
        if (groupRows.Count > 0)
        {
            using (StagingTable staging = StagingTable.CreateTemporary(session.Connection, session.Transaction, "staging_group_results", GroupColumns))
            {
                foreach (object?[] groupRow in groupRows)
                {
                    staging.Add(groupRow);
                }

                staging.Complete();
            }

            (long groupAdded, long groupChanged) = GroupMerge.Run(session.Connection, session.Transaction, "staging_group_results", options.Actor, now);
            added += groupAdded;
            changed += groupChanged;
        }

        var report = new ImportReport("results", fileName, rows, added, changed, problems, options.DryRun);
        return await session.FinishAsync(report, options, cancellationToken).ConfigureAwait(false);
    }
}
