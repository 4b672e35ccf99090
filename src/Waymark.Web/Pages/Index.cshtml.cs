using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

using Waymark.Data.Store;
using Waymark.Periods;
using Waymark.Ratings;
using Waymark.Summaries;
using Waymark.Web.Performance;

namespace Waymark.Web.Pages;

[AllowAnonymous]
public sealed class IndexModel(WaymarkDb db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Period { get; set; }

    public ReportingPeriod? Shown { get; private set; }

    public IReadOnlyList<ReportingPeriod> Periods { get; private set; } = [];

    public string? PeriodError { get; private set; }

    public IReadOnlyList<BoardSummary> Boards { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            return;
        }

        Periods = await Evaluations.ResultPeriodsAsync(db, cancellationToken);
        if (!string.IsNullOrWhiteSpace(Period))
        {
            if (ReportingPeriod.TryParse(Period, out ReportingPeriod chosen, out string? error))
            {
                Shown = chosen;
            }
            else
            {
                PeriodError = error;
            }
        }

        Shown ??= await Evaluations.DefaultPeriodAsync(db, cancellationToken);
        if (Shown is not { } period)
        {
            return;
        }

        List<EvaluatedIndicator> evaluated = await Evaluations.ForPeriodAsync(db, period, null, cancellationToken);
        var boards = await db.Boards.AsNoTracking().OrderBy(b => b.Name).ToListAsync(cancellationToken);
        var indicatorBoards = await db.IndicatorBoards.AsNoTracking().ToListAsync(cancellationToken);
        var priorityBoards = await db.PriorityBoards.AsNoTracking().ToListAsync(cancellationToken);
        var trackers = await db.Trackers.AsNoTracking()
            .Where(t => t.Period == period)
            .Join(db.Priorities, t => t.PriorityId, p => p.Id, (t, p) => new { Tracker = t, Priority = p })
            .ToListAsync(cancellationToken);

        var summaries = new List<BoardSummary>();
        foreach (var board in boards)
        {
            var ids = indicatorBoards.Where(x => x.BoardId == board.Id).Select(x => x.IndicatorId).ToHashSet();
            var priorities = priorityBoards.Where(x => x.BoardId == board.Id).Select(x => x.PriorityId).ToHashSet();
            summaries.Add(Summarise(
                board.Name,
                [.. evaluated.Where(e => ids.Contains(e.Indicator.Id))],
                [.. trackers.Where(t => priorities.Contains(t.Priority.Id)).Select(t => new TrackerLine(
                    t.Tracker.Id, t.Priority.Code, t.Priority.Title, t.Tracker.Period.Label,
                    Display.TrackerRating(t.Tracker.AgreedRating ?? t.Tracker.ProposedRating), t.Tracker.State))]));
        }

        if (summaries.Count == 0)
        {
            summaries.Add(Summarise("All indicators", evaluated, [.. trackers.Select(t => new TrackerLine(
                t.Tracker.Id, t.Priority.Code, t.Priority.Title, t.Tracker.Period.Label,
                Display.TrackerRating(t.Tracker.AgreedRating ?? t.Tracker.ProposedRating), t.Tracker.State))]));
        }

        Boards = summaries;
    }

    private static BoardSummary Summarise(string name, List<EvaluatedIndicator> indicators, List<TrackerLine> trackers) => new(
        name,
        RatingSummary.Of(indicators.Select(e => e.Evaluation.Rating.Rating)),
        RatingSummary.Of(indicators.Select(e => e.Evaluation.PredictedRating.Rating)),
        [.. indicators.Where(e => e.Evaluation.Rating.Rating == Rating.Red), .. indicators.Where(e => e.Evaluation.Rating.Rating == Rating.Amber)],
        [.. trackers.Where(t => t.Rating is Rating.Red or Rating.Amber).OrderBy(t => t.Rating).ThenBy(t => t.PriorityCode, StringComparer.Ordinal)]);
}
