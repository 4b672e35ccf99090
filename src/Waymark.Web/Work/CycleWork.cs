using Microsoft.EntityFrameworkCore;

using Waymark.Data.Calendar;
using Waymark.Data.Store;
using Waymark.Periods;
using Waymark.Trackers;
using Waymark.Work;

namespace Waymark.Web.Work;

/// <summary>
/// What the reporting cycle in hand still waits for, read from the store in a fixed number of queries and judged by
/// <see cref="OutstandingWork"/>: for the reporting calendar (everyone's) and the home page (one person's).
/// </summary>
public sealed class CycleWork(WaymarkDb db, TimeProvider clock)
{
    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>The cycle in hand on <paramref name="today"/>: the last whose quarter has ended, or the first when none has.</summary>
    public static ReportingCycle? Current(IReadOnlyList<ReportingCycle> cycles, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(cycles);
        return cycles.OrderBy(c => c.Period).LastOrDefault(c => c.Period.End < today) ?? cycles.OrderBy(c => c.Period).FirstOrDefault();
    }

    /// <summary>The cycle in hand today with its deadlines, or none when no cycle is set up.</summary>
    public async Task<ReportingCycle?> CurrentAsync(CancellationToken cancellationToken) =>
        Current(await db.ReportingCycles.AsNoTracking().Include(c => c.Deadlines).ToListAsync(cancellationToken), Today);

    /// <summary>Everything outstanding in <paramref name="cycle"/>, or only what <paramref name="personId"/> owes: returns by owner and code, then trackers by priority code.</summary>
    public async Task<IReadOnlyList<WorkLine>> OutstandingAsync(ReportingCycle cycle, int? personId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cycle);
        DateOnly today = Today;
        Dictionary<int, string> names = await db.Users.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
        string Who(int? id) => id is int i && names.TryGetValue(i, out string? name) ? name : "no one named";
        ReportingPeriod period = cycle.Period;
        IReadOnlyList<OutstandingEntry> entries = await StoredWork.OutstandingAsync(db, cycle, personId, cancellationToken);
        List<WorkLine> lines = [.. entries
            .Where(e => e.Item.Step == WorkStep.EnterReturn)
            .OrderBy(e => Who(e.Item.PersonId), StringComparer.Ordinal).ThenBy(e => e.Code, StringComparer.Ordinal)
            .Select(e => new WorkLine(
                e.Item,
                $"{e.Code} {e.Title}, {e.Item.Period.Label}",
                $"/indicators/{e.Item.SubjectId}/return?period={Uri.EscapeDataString(e.Item.Period.ToString())}",
                $"/indicators/{e.Item.SubjectId}",
                Who(e.Item.PersonId),
                e.Item.IsOverdue(today),
                null))];

        List<int> returned = [.. entries.Where(e => e.TrackerState == TrackerState.Returned && e.TrackerId is not null).Select(e => e.TrackerId!.Value)];
        Dictionary<int, string?> comments = returned.Count == 0
            ? []
            : (await db.TrackerSteps.AsNoTracking()
                    .Where(s => returned.Contains(s.TrackerId) && s.State == TrackerState.Returned)
                    .Select(s => new { s.TrackerId, s.At, s.Id, s.Comment })
                    .ToListAsync(cancellationToken))
                .GroupBy(s => s.TrackerId)
                .ToDictionary(g => g.Key, g => g.OrderBy(s => s.At).ThenBy(s => s.Id).Last().Comment);
        foreach (OutstandingEntry e in entries.Where(e => e.Item.Step != WorkStep.EnterReturn))
        {
            string link = e.TrackerId is int trackerId ? $"/trackers/{trackerId}" : "/trackers";
            lines.Add(new WorkLine(
                e.Item, $"{e.Code} {e.Title}, {period.Label}", link, link, Who(e.Item.PersonId), e.Item.IsOverdue(today),
                e.TrackerId is int id ? comments.GetValueOrDefault(id) : null));
        }

        return lines;
    }
}
