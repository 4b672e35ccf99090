using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

using Waymark.Data.Framework;
using Waymark.Data.Store;
using Waymark.Data.Trackers;
using Waymark.Periods;
using Waymark.Trackers;
using Waymark.Web.Accounts;
using Waymark.Web.Performance;

namespace Waymark.Web.Pages.Trackers;

public sealed class IndexModel(WaymarkDb db) : FormPage
{
    public IReadOnlyList<TrackerLine> Trackers { get; private set; } = [];

    /// <summary>The priorities the signed-in officer leads and has no draft for, with the period of the tracker they may start next.</summary>
    public IReadOnlyList<(Priority Priority, ReportingPeriod Next)> CanStart { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostStartAsync(int priorityId, CancellationToken cancellationToken)
    {
        Priority? priority = await db.Priorities.FirstOrDefaultAsync(p => p.Id == priorityId, cancellationToken);
        if (priority is null)
        {
            return NotFound();
        }

        if (!Permissions.CanCompleteTracker(User, priority))
        {
            return Forbid();
        }

        if (await DraftOfAsync(priorityId, cancellationToken) is { } started)
        {
            return await AlreadyStartedAsync(priority, started, cancellationToken);
        }

        Tracker? latest = await db.Trackers.Include(t => t.Actions).Where(t => t.PriorityId == priorityId)
            .OrderByDescending(t => t.PeriodStart).FirstOrDefaultAsync(cancellationToken);
        ReportingPeriod period = latest?.Period.Next() ?? await Evaluations.DefaultPeriodAsync(db, cancellationToken) ?? throw new InvalidOperationException("There is no period to start a tracker for.");
        var tracker = new Tracker { PriorityId = priorityId, Period = period, PeriodStart = period.Start, State = TrackerState.Draft };
        foreach (TrackerAction action in latest?.Actions.OrderBy(a => a.Position) ?? Enumerable.Empty<TrackerAction>())
        {
            tracker.Actions.Add(new TrackerAction
            {
                Position = action.Position,
                Description = action.Description,
                Owner = action.Owner,
                DueDate = action.DueDate,
                Progress = action.Progress,
            });
        }

        db.Trackers.Add(tracker);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Started at the same moment by another request: the store's unique indexes let one of them through.
            db.ChangeTracker.Clear();
            if (await DraftOfAsync(priorityId, cancellationToken) is { } other)
            {
                return await AlreadyStartedAsync(priority, other, cancellationToken);
            }

            throw;
        }

        return RedirectToPage("/Trackers/Tracker", new { id = tracker.Id });
    }

    private Task<ReportingPeriod?> DraftOfAsync(int priorityId, CancellationToken cancellationToken) =>
        db.Trackers.AsNoTracking()
            .Where(t => t.PriorityId == priorityId && t.State == TrackerState.Draft)
            .Select(t => (ReportingPeriod?)t.Period)
            .FirstOrDefaultAsync(cancellationToken);

    private async Task<IActionResult> AlreadyStartedAsync(Priority priority, ReportingPeriod period, CancellationToken cancellationToken)
    {
        AddError("priorityId", "trackers", $"The {period.Label} tracker for {priority.Code} has already been started: open it from the list of trackers");
        await LoadAsync(cancellationToken);
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var rows = await db.Trackers.AsNoTracking()
            .Join(db.Priorities, t => t.PriorityId, p => p.Id, (t, p) => new { Tracker = t, Priority = p })
            .ToListAsync(cancellationToken);
        Trackers = [.. rows
            .OrderByDescending(r => r.Tracker.Period).ThenBy(r => r.Priority.Code, StringComparer.Ordinal)
            .Select(r => new TrackerLine(
                r.Tracker.Id, r.Priority.Code, r.Priority.Title, r.Tracker.Period.Label,
                TrackerSignOff.ShownRating(r.Tracker.AgreedRating, r.Tracker.ProposedRating), r.Tracker.State))];
        int? me = Permissions.UserId(User);
        var mine = await db.Priorities.AsNoTracking().Where(p => p.LeadOfficerId == me).OrderBy(p => p.Code).ToListAsync(cancellationToken);
        CanStart = [.. mine
            .Where(p => Permissions.CanCompleteTracker(User, p))
            .Where(p => !rows.Any(r => r.Priority.Id == p.Id && r.Tracker.State == TrackerState.Draft))
            .Select(p => (Priority: p, Latest: rows.Where(r => r.Priority.Id == p.Id).Select(r => (ReportingPeriod?)r.Tracker.Period).Max()))
            .Where(x => x.Latest is { } l && !rows.Any(r => r.Priority.Id == x.Priority.Id && r.Tracker.Period == l.Next()))
            .Select(x => (x.Priority, x.Latest!.Value.Next()))];
    }
}
