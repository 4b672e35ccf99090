using Microsoft.EntityFrameworkCore;

using Waymark.Data.People;
using Waymark.Data.Store;
using Waymark.Periods;
using Waymark.Trackers;
using Waymark.Work;

namespace Waymark.Data.Calendar;

/// <summary>One thing a reporting cycle waits for, with what it is done on as people read it.</summary>
/// <param name="Item">The item as <see cref="OutstandingWork"/> gives it.</param>
/// <param name="Code">The indicator's or the priority's code.</param>
/// <param name="Title">The indicator's or the priority's title.</param>
/// <param name="TrackerId">For a tracker step, the tracker when it has been started.</param>
/// <param name="TrackerState">For a tracker step, the tracker's state when it has been started.</param>
public sealed record OutstandingEntry(WorkItem Item, string Code, string Title, int? TrackerId, TrackerState? TrackerState);

/// <summary>
/// What a reporting cycle still waits for, read from the store in a fixed number of queries (owned indicators, their
/// results in the periods owed, priorities, the period's trackers; for one person also whether they are a partner and
/// the priorities naming partners) and judged by <see cref="OutstandingWork"/>: for the web app's pages and for the
/// reminders, which are not sent for work already done. A partner's contributions are listed only for them.
/// </summary>
public static class StoredWork
{
    /// <summary>
    /// Everything outstanding in <paramref name="cycle"/> (its deadlines loaded, or none for items without a
    /// deadline), or only what <paramref name="personId"/> owes: returns in order of indicator code, then trackers in
    /// order of priority code.
    /// </summary>
    public static async Task<IReadOnlyList<OutstandingEntry>> OutstandingAsync(WaymarkDb db, ReportingCycle cycle, int? personId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(cycle);
        ReportingPeriod period = cycle.Period;
        var indicators = await db.Indicators.AsNoTracking()
            .Where(i => i.OwnerId != null && (personId == null || i.OwnerId == personId))
            .OrderBy(i => i.Code)
            .Select(i => new { i.Id, i.Code, i.Definition.Title, i.OwnerId, i.Definition.Frequency, i.Definition.YearType })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        List<int> indicatorIds = [.. indicators.Select(i => i.Id)];
        DateOnly from = indicators
            .Select(i => OutstandingWork.ReturnPeriod(i.Frequency, i.YearType, period)?.Start)
            .Aggregate(period.Start, (min, start) => start is { } s && s < min ? s : min);
        HashSet<(int, ReportingPeriod)> held = indicatorIds.Count == 0 ? [] : [.. (await db.Results.AsNoTracking()
                .Where(r => indicatorIds.Contains(r.IndicatorId) && r.PeriodStart >= from && r.PeriodStart <= period.End
                    && (r.Value != null || r.DataQuality == Results.DataQuality.Withheld))
                .Select(r => new { r.IndicatorId, r.Period })
                .ToListAsync(cancellationToken).ConfigureAwait(false))
            .Select(r => (r.IndicatorId, r.Period))];
        DateOnly? returnsDue = Due(cycle, RoleNames.DataOfficer);
        var entries = new List<OutstandingEntry>();
        foreach (var i in indicators)
        {
            if (OutstandingWork.Return(i.Id, i.OwnerId, i.Frequency, i.YearType, period, p => held.Contains((i.Id, p)), returnsDue) is { } item)
            {
                entries.Add(new OutstandingEntry(item, i.Code, i.Title, null, null));
            }
        }

        List<int> contributing = personId is int partnerId ? await ContributingAsync(db, partnerId, cancellationToken).ConfigureAwait(false) : [];
        var priorities = await db.Priorities.AsNoTracking()
            .Where(p => personId == null || p.LeadOfficerId == personId || p.AccountableDirectorId == personId || contributing.Contains(p.Id))
            .OrderBy(p => p.Code)
            .Select(p => new { p.Id, p.Code, p.Title, p.HighRisk, p.LeadOfficerId, p.AccountableDirectorId })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        List<int> priorityIds = [.. priorities.Select(p => p.Id)];
        var trackers = priorityIds.Count == 0 ? [] : (await db.Trackers.AsNoTracking()
                .Where(t => t.Period == period && priorityIds.Contains(t.PriorityId))
                .Select(t => new { t.Id, t.PriorityId, t.State })
                .ToListAsync(cancellationToken).ConfigureAwait(false))
            .ToDictionary(t => t.PriorityId);
        DateOnly? submitBy = Due(cycle, RoleNames.AccountableOfficer);
        DateOnly? agreeBy = Due(cycle, RoleNames.Director);
        foreach (var priority in priorities)
        {
            var tracker = trackers.GetValueOrDefault(priority.Id);
            if (OutstandingWork.Tracker(priority.Id, priority.HighRisk, priority.LeadOfficerId, priority.AccountableDirectorId, tracker?.State, period, submitBy, agreeBy) is { } item)
            {
                entries.Add(new OutstandingEntry(item, priority.Code, priority.Title, tracker?.Id, tracker?.State));
            }

            if (personId is int partner && contributing.Contains(priority.Id)
                && OutstandingWork.Contribution(priority.Id, priority.HighRisk, partner, tracker?.State, period, submitBy) is { } contribution)
            {
                entries.Add(new OutstandingEntry(contribution, priority.Code, priority.Title, tracker?.Id, tracker?.State));
            }
        }

        return personId is null ? entries : [.. entries.Where(e => e.Item.PersonId == personId)];
    }

    /// <summary>
    /// The priorities whose trackers a partner contributes to: those naming them as a partner contributor, or naming
    /// their organisation, as <c>Permissions.CanContributeToTracker</c> allows. Two queries.
    /// </summary>
    private static async Task<List<int>> ContributingAsync(WaymarkDb db, int personId, CancellationToken cancellationToken)
    {
        var person = await db.Users.AsNoTracking()
            .Where(u => u.Id == personId)
            .Select(u => new { u.Organisation, Partner = u.Roles.Any(r => r.Role == RoleNames.Partner) })
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (person is not { Partner: true })
        {
            return [];
        }

        var named = await db.PriorityContributors.AsNoTracking()
            .Where(c => c.Kind == PartnerKind)
            .Select(c => new { c.PriorityId, c.UserId, c.Name })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. named
            .Where(c => c.UserId == personId || (person.Organisation is { } organisation && string.Equals(c.Name, organisation, StringComparison.OrdinalIgnoreCase)))
            .Select(c => c.PriorityId)
            .Distinct()];
    }

    private const string PartnerKind = "partner";

    /// <summary>The earliest deadline of <paramref name="cycle"/> set for holders of <paramref name="role"/>.</summary>
    public static DateOnly? Due(ReportingCycle cycle, string role)
    {
        ArgumentNullException.ThrowIfNull(cycle);
        return cycle.Deadlines.Where(d => string.Equals(d.Responsible, role, StringComparison.OrdinalIgnoreCase)).Select(d => (DateOnly?)d.Due).Min();
    }
}
