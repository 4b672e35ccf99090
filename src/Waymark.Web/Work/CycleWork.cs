using Microsoft.EntityFrameworkCore;

using Waymark.Data.Calendar;
using Waymark.Data.People;
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

        var indicators = await db.Indicators.AsNoTracking()
            .Where(i => i.OwnerId != null && (personId == null || i.OwnerId == personId))
            .Select(i => new { i.Id, i.Code, i.Definition.Title, i.OwnerId, i.Definition.Frequency, i.Definition.YearType })
            .ToListAsync(cancellationToken);
        List<int> indicatorIds = [.. indicators.Select(i => i.Id)];
        DateOnly from = indicators
            .Select(i => OutstandingWork.ReturnPeriod(i.Frequency, i.YearType, period)?.Start)
            .Aggregate(period.Start, (min, start) => start is { } s && s < min ? s : min);
        HashSet<(int, ReportingPeriod)> held = [.. (await db.Results.AsNoTracking()
                .Where(r => indicatorIds.Contains(r.IndicatorId) && r.PeriodStart >= from && r.PeriodStart <= period.End
                    && (r.Value != null || r.DataQuality == Results.DataQuality.Withheld))
                .Select(r => new { r.IndicatorId, r.Period })
                .ToListAsync(cancellationToken))
            .Select(r => (r.IndicatorId, r.Period))];
        DateOnly? returnsDue = Due(cycle, RoleNames.DataOfficer);
        List<WorkLine> lines = [.. indicators
            .Select(i => (Indicator: i, Item: OutstandingWork.Return(i.Id, i.OwnerId, i.Frequency, i.YearType, period, p => held.Contains((i.Id, p)), returnsDue)))
            .Where(x => x.Item is not null)
            .OrderBy(x => Who(x.Indicator.OwnerId), StringComparer.Ordinal).ThenBy(x => x.Indicator.Code, StringComparer.Ordinal)
            .Select(x => new WorkLine(
                x.Item!,
                $"{x.Indicator.Code} {x.Indicator.Title}, {x.Item!.Period.Label}",
                $"/indicators/{x.Indicator.Id}/return?period={Uri.EscapeDataString(x.Item.Period.ToString())}",
                $"/indicators/{x.Indicator.Id}",
                Who(x.Item.PersonId),
                x.Item.IsOverdue(today),
                null))];

        var priorities = await db.Priorities.AsNoTracking()
            .Where(p => personId == null || p.LeadOfficerId == personId || p.AccountableDirectorId == personId)
            .OrderBy(p => p.Code)
            .Select(p => new { p.Id, p.Code, p.Title, p.HighRisk, p.LeadOfficerId, p.AccountableDirectorId })
            .ToListAsync(cancellationToken);
        List<int> priorityIds = [.. priorities.Select(p => p.Id)];
        var trackers = (await db.Trackers.AsNoTracking()
                .Where(t => t.Period == period && priorityIds.Contains(t.PriorityId))
                .Select(t => new { t.Id, t.PriorityId, t.State })
                .ToListAsync(cancellationToken))
            .ToDictionary(t => t.PriorityId);
        List<int> returned = [.. trackers.Values.Where(t => t.State == TrackerState.Returned).Select(t => t.Id)];
        Dictionary<int, string?> comments = returned.Count == 0
            ? []
            : (await db.TrackerSteps.AsNoTracking()
                    .Where(s => returned.Contains(s.TrackerId) && s.State == TrackerState.Returned)
                    .Select(s => new { s.TrackerId, s.At, s.Id, s.Comment })
                    .ToListAsync(cancellationToken))
                .GroupBy(s => s.TrackerId)
                .ToDictionary(g => g.Key, g => g.OrderBy(s => s.At).ThenBy(s => s.Id).Last().Comment);
        DateOnly? submitBy = Due(cycle, RoleNames.AccountableOfficer);
        DateOnly? agreeBy = Due(cycle, RoleNames.Director);
        foreach (var priority in priorities)
        {
            var tracker = trackers.GetValueOrDefault(priority.Id);
            if (OutstandingWork.Tracker(priority.Id, priority.HighRisk, priority.LeadOfficerId, priority.AccountableDirectorId, tracker?.State, period, submitBy, agreeBy) is not { } item)
            {
                continue;
            }

            string link = tracker is null ? "/trackers" : $"/trackers/{tracker.Id}";
            lines.Add(new WorkLine(
                item, $"{priority.Code} {priority.Title}, {period.Label}", link, link, Who(item.PersonId), item.IsOverdue(today),
                tracker is null ? null : comments.GetValueOrDefault(tracker.Id)));
        }

        return personId is null ? lines : [.. lines.Where(l => l.Item.PersonId == personId)];
    }

    private static DateOnly? Due(ReportingCycle cycle, string role) =>
        cycle.Deadlines.Where(d => string.Equals(d.Responsible, role, StringComparison.OrdinalIgnoreCase)).Select(d => (DateOnly?)d.Due).Min();
}
