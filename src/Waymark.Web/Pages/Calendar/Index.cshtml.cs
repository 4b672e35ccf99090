using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

using Waymark.Cycle;
using Waymark.Data.Calendar;
using Waymark.Data.Framework;
using Waymark.Data.Measures;
using Waymark.Data.People;
using Waymark.Data.Store;
using Waymark.Indicators;
using Waymark.Periods;
using Waymark.Trackers;

namespace Waymark.Web.Pages.Calendar;

/// <summary>
/// The reporting calendar: each quarter's cycle with its deadlines and meetings, and for the cycle in hand what is
/// still due or overdue and from whom: returns not entered by indicator owners, trackers not submitted by their
/// lead officers or not agreed by their directors.
/// </summary>
public sealed class IndexModel(WaymarkDb db, TimeProvider clock) : PageModel
{
    public DateOnly Today { get; private set; }

    public IReadOnlyList<ReportingCycle> Cycles { get; private set; } = [];

    public ReportingCycle? Current { get; private set; }

    public IReadOnlyDictionary<int, string> BoardNames { get; private set; } = new Dictionary<int, string>();

    public IReadOnlyList<Outstanding> Returns { get; private set; } = [];

    public IReadOnlyList<Outstanding> Trackers { get; private set; } = [];

    public async Task OnGetAsync(string? period, CancellationToken cancellationToken)
    {
        Today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        List<ReportingCycle> cycles = await db.ReportingCycles.AsNoTracking().Include(c => c.Deadlines).Include(c => c.Meetings).ToListAsync(cancellationToken);
        cycles.Sort((a, b) => a.Period.CompareTo(b.Period));
        Cycles = cycles;
        BoardNames = await db.Boards.AsNoTracking().ToDictionaryAsync(b => b.Id, b => b.Name, cancellationToken);
        Current = ReportingPeriod.TryParse(period, null, out ReportingPeriod chosen)
            ? cycles.FirstOrDefault(c => c.Period == chosen)
            : cycles.LastOrDefault(c => c.Period.End < Today) ?? cycles.FirstOrDefault();
        if (Current is null)
        {
            return;
        }

        Dictionary<int, string> names = await db.Users.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
        Returns = await ReturnsAsync(Current, names, cancellationToken);
        Trackers = await TrackersAsync(Current, names, cancellationToken);
    }

    /// <summary>The period whose result an indicator owes in a quarter's cycle, or none when it owes nothing then.</summary>
    public static ReportingPeriod? ReturnPeriod(Indicator indicator, ReportingPeriod cycle)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return indicator.Definition.Frequency switch
        {
            Frequency.Quarterly => cycle,
            Frequency.Monthly => ReportingPeriod.Containing(PeriodKind.Month, cycle.End),
            _ => ReportingPeriod.Containing(indicator.Definition.YearType.AnnualKind(), cycle.End) is var year && cycle.Contains(year.End) ? year : null,
        };
    }

    private async Task<List<Outstanding>> ReturnsAsync(ReportingCycle cycle, Dictionary<int, string> names, CancellationToken cancellationToken)
    {
        DateOnly? due = Due(cycle, RoleNames.DataOfficer);
        List<Indicator> owned = await db.Indicators.AsNoTracking().Where(i => i.OwnerId != null).ToListAsync(cancellationToken);
        var entered = (await db.Results.AsNoTracking().Where(r => r.Value != null || r.DataQuality == Results.DataQuality.Withheld).Select(r => new { r.IndicatorId, r.Period }).ToListAsync(cancellationToken))
            .Select(r => (r.IndicatorId, r.Period)).ToHashSet();
        return [.. owned
            .Select(i => (Indicator: i, Period: ReturnPeriod(i, cycle.Period)))
            .Where(x => x.Period is { } p && !entered.Contains((x.Indicator.Id, p)))
            .OrderBy(x => names[x.Indicator.OwnerId!.Value], StringComparer.Ordinal).ThenBy(x => x.Indicator.Code, StringComparer.Ordinal)
            .Select(x => new Outstanding(
                $"{x.Indicator.Code} {x.Indicator.Definition.Title}, {x.Period!.Value.Label}", $"/indicators/{x.Indicator.Id}",
                names[x.Indicator.OwnerId!.Value], "Return not entered", due, due < Today))];
    }

    private async Task<List<Outstanding>> TrackersAsync(ReportingCycle cycle, Dictionary<int, string> names, CancellationToken cancellationToken)
    {
        ReportContents contents = ReportContents.ForPeriod(cycle.Period);
        DateOnly? submitBy = Due(cycle, RoleNames.AccountableOfficer);
        DateOnly? agreeBy = Due(cycle, RoleNames.Director);
        List<Priority> priorities = await db.Priorities.AsNoTracking().OrderBy(p => p.Code).ToListAsync(cancellationToken);
        ReportingPeriod period = cycle.Period;
        var trackers = await db.Trackers.AsNoTracking().Where(t => t.Period == period).Select(t => new { t.Id, t.PriorityId, t.State }).ToListAsync(cancellationToken);
        var outstanding = new List<Outstanding>();
        foreach (Priority priority in priorities.Where(p => contents.Considers(p.HighRisk)))
        {
            var tracker = trackers.FirstOrDefault(t => t.PriorityId == priority.Id);
            string what = $"{priority.Code} {priority.Title}, {period.Label}";
            string link = tracker is null ? "/trackers" : $"/trackers/{tracker.Id}";
            if (tracker is null || TrackerSignOff.CanEdit(TrackerParty.Officer, tracker.State))
            {
                string step = tracker is null ? "Tracker not started" : $"Tracker not submitted ({tracker.State.ToLabel().ToLowerInvariant()})";
                outstanding.Add(new Outstanding(what, link, Name(names, priority.LeadOfficerId), step, submitBy, submitBy < Today));
            }
            else if (TrackerSignOff.CanEdit(TrackerParty.Director, tracker.State))
            {
                outstanding.Add(new Outstanding(what, link, Name(names, priority.AccountableDirectorId), "Rating not agreed", agreeBy, agreeBy < Today));
            }
        }

        return outstanding;
    }

    private static DateOnly? Due(ReportingCycle cycle, string role) =>
        cycle.Deadlines.Where(d => string.Equals(d.Responsible, role, StringComparison.OrdinalIgnoreCase)).Select(d => (DateOnly?)d.Due).Min();

    private static string Name(Dictionary<int, string> names, int? id) => id is int i && names.TryGetValue(i, out string? name) ? name : "no one named";
}
