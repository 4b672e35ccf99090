using Microsoft.EntityFrameworkCore;

using Waymark.Data.Store;
using Waymark.Data.Trackers;
using Waymark.Periods;
using Waymark.Ratings;
using Waymark.Trackers;

namespace Waymark.Web.Api;

/// <summary>The priorities' trackers, and one tracker with its actions and the steps of its sign-off.</summary>
public static class TrackerEndpoints
{
    public static async Task<IResult> ListAsync(WaymarkDb db, string? priority, string? period, string? state, CancellationToken cancellationToken)
    {
        (int? priorityId, IResult? priorityProblem) = await ApiQuery.PriorityAsync(db, priority, cancellationToken);
        if (priorityProblem is not null)
        {
            return priorityProblem;
        }

        TrackerState? chosenState = null;
        if (!string.IsNullOrWhiteSpace(state))
        {
            if (!TrackerCodes.TryParseState(state, out TrackerState parsed))
            {
                return ApiProblems.Invalid("state", $"'{state.Trim()}' is not a tracker's state: give draft, submitted, agreed or returned");
            }

            chosenState = parsed;
        }

        ReportingPeriod? chosen = null;
        if (!string.IsNullOrWhiteSpace(period))
        {
            if (!ReportingPeriod.TryParse(period.Trim(), out ReportingPeriod parsed, out string? error))
            {
                return ApiProblems.Invalid("period", error);
            }

            chosen = parsed;
        }

        var rows = await db.Trackers.AsNoTracking()
            .Where(t => priorityId == null || t.PriorityId == priorityId)
            .Where(t => chosenState == null || t.State == chosenState)
            .Join(db.Priorities, t => t.PriorityId, p => p.Id, (t, p) => new { Tracker = t, p.Code, p.Title })
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(rows
            .Where(r => chosen is null || r.Tracker.Period == chosen)
            .OrderByDescending(r => r.Tracker.Period).ThenBy(r => r.Code, StringComparer.Ordinal)
            .Select(r => new TrackerLineJson(
                r.Tracker.Id, r.Code, r.Title, r.Tracker.Period.ToString(), r.Tracker.State.ToCode(),
                r.Tracker.ProposedRating?.ToCode(), r.Tracker.AgreedRating?.ToCode(), r.Tracker.AmendmentReason, r.Tracker.Direction?.ToCode()))
            .ToList());
    }

    public static async Task<IResult> OneAsync(WaymarkDb db, int id, CancellationToken cancellationToken)
    {
        Tracker? tracker = await db.Trackers.AsNoTracking().Include(t => t.Actions).Include(t => t.Steps).FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (tracker is null)
        {
            return ApiProblems.NotFound($"There is no tracker {id}");
        }

        var priority = await db.Priorities.AsNoTracking().Where(p => p.Id == tracker.PriorityId).Select(p => new { p.Code, p.Title }).FirstAsync(cancellationToken);
        return TypedResults.Ok(new TrackerJson(
            tracker.Id,
            priority.Code,
            priority.Title,
            tracker.Period.ToString(),
            tracker.State.ToCode(),
            tracker.ProposedRating?.ToCode(),
            tracker.AgreedRating?.ToCode(),
            tracker.AmendmentReason,
            tracker.Direction?.ToCode(),
            tracker.ContextualUpdate,
            tracker.ChallengesAndRisks,
            tracker.ConcurrencyVersion,
            [.. tracker.Actions.OrderBy(a => a.Position).Select(a => new TrackerActionJson(a.Position, a.Description, a.Owner, a.DueDate, a.Progress))],
            [.. tracker.Steps.OrderBy(s => s.At).ThenBy(s => s.Id).Select(s => new TrackerStepJson(s.State.ToCode(), s.By, s.At, s.Comment))]));
    }
}
