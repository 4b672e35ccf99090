using Microsoft.EntityFrameworkCore;

using Waymark.Data.Areas;
using Waymark.Data.Assessments;
using Waymark.Data.Calendar;
using Waymark.Data.Evaluation;
using Waymark.Data.Framework;
using Waymark.Data.Measures;
using Waymark.Data.People;
using Waymark.Data.Reports;
using Waymark.Data.Store;
using Waymark.Data.Trackers;
using Waymark.Periods;
using Waymark.Targets;

namespace Waymark.Reporting.Building;

/// <summary>Everything a board's report for a period reads from the store, loaded in a fixed number of queries.</summary>
internal sealed class ReportData
{
    public required Board Board { get; init; }

    public required Council Council { get; init; }

    public required Area? CouncilArea { get; init; }

    public required List<Indicator> BoardIndicators { get; init; }

    public required Dictionary<int, Indicator> Indicators { get; init; }

    public required Dictionary<int, TargetSchedule> Targets { get; init; }

    public required ILookup<int, Result> Results { get; init; }

    /// <summary>The stored versions of the indicators that break their series, which recalculate their control charts.</summary>
    public required ILookup<int, IndicatorVersion> SeriesBreaks { get; init; }

    public required ILookup<int, AreaValue> AreaValues { get; init; }

    public required Dictionary<int, Area> Areas { get; init; }

    public required List<Priority> Priorities { get; init; }

    public required Dictionary<int, string> PlanTitles { get; init; }

    public required ILookup<int, int> PriorityIndicators { get; init; }

    public required ILookup<int, Tracker> Trackers { get; init; }

    public required List<Meeting> Meetings { get; init; }

    public required List<AssessmentScore> Assessments { get; init; }

    /// <summary>The framework whose year holds the period, assessed by its rules from the results up to the period; null when none is stored.</summary>
    public required StoredAssessment? Assessed { get; init; }

    public required List<ReportNarrative> Narratives { get; init; }

    public required User? Administrator { get; init; }

    public static async Task<ReportData?> LoadAsync(WaymarkDb db, string boardName, ReportingPeriod period, CancellationToken cancellationToken)
    {
        string name = boardName.Trim();
        List<Board> boards = await db.Boards.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        Board? board = boards.Find(b => string.Equals(b.Name, name, StringComparison.OrdinalIgnoreCase));
        if (board is null)
        {
            return null;
        }

        Council council = await db.Councils.AsNoTracking().SingleAsync(c => c.Id == board.CouncilId, cancellationToken).ConfigureAwait(false);
        Area? councilArea = council.AreaId is int areaId
            ? await db.Areas.AsNoTracking().SingleOrDefaultAsync(a => a.Id == areaId, cancellationToken).ConfigureAwait(false)
            : null;

        List<int> boardIndicatorIds = await db.IndicatorBoards.AsNoTracking().Where(x => x.BoardId == board.Id)
            .Select(x => x.IndicatorId).ToListAsync(cancellationToken).ConfigureAwait(false);
        List<int> priorityIds = await db.PriorityBoards.AsNoTracking().Where(x => x.BoardId == board.Id)
            .Select(x => x.PriorityId).ToListAsync(cancellationToken).ConfigureAwait(false);
        List<Priority> priorities = await db.Priorities.AsNoTracking()
            .Include(p => p.LeadOfficer).Include(p => p.AccountableDirector)
            .Where(p => priorityIds.Contains(p.Id)).OrderBy(p => p.PlanId).ThenBy(p => p.Code)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var planIds = priorities.Select(p => p.PlanId).Distinct().ToList();
        Dictionary<int, string> plans = await db.Plans.AsNoTracking().Where(p => planIds.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, p => p.Title, cancellationToken).ConfigureAwait(false);
        var alignment = await db.IndicatorPriorities.AsNoTracking().Where(x => priorityIds.Contains(x.PriorityId))
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        var indicatorIds = boardIndicatorIds.Concat(alignment.Select(a => a.IndicatorId)).Distinct().ToList();
        Dictionary<int, Indicator> indicators = await db.Indicators.AsNoTracking().Where(i => indicatorIds.Contains(i.Id))
            .ToDictionaryAsync(i => i.Id, cancellationToken).ConfigureAwait(false);
        List<Target> targets = await db.Targets.AsNoTracking().Where(t => indicatorIds.Contains(t.IndicatorId))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        DateOnly end = period.End;
        List<Result> results = await db.Results.AsNoTracking().Where(r => indicatorIds.Contains(r.IndicatorId) && r.PeriodStart <= end)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        List<IndicatorVersion> breaks = await db.IndicatorVersions.AsNoTracking().Where(v => v.SeriesBreak && indicatorIds.Contains(v.IndicatorId))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        List<AreaValue> areaValues = await db.AreaValues.AsNoTracking().Where(v => indicatorIds.Contains(v.IndicatorId) && v.PeriodStart <= end)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var areaIds = areaValues.Select(v => v.AreaId).Distinct().ToList();
        Dictionary<int, Area> areas = await db.Areas.AsNoTracking().Where(a => areaIds.Contains(a.Id))
            .ToDictionaryAsync(a => a.Id, cancellationToken).ConfigureAwait(false);

        DateOnly from = ReportShape.ProgressPeriods(period)[0].Start;
        List<Tracker> trackers = await db.Trackers.AsNoTracking().Include(t => t.Actions)
            .Where(t => priorityIds.Contains(t.PriorityId) && t.PeriodStart >= from && t.PeriodStart <= end)
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        List<Meeting> meetings = await db.ReportingCycles.AsNoTracking()
            .Where(c => c.CouncilId == council.Id && c.Period == period)
            .SelectMany(c => c.Meetings).OrderBy(m => m.Date)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        List<AssessmentScore> assessments = await db.AssessmentScores.AsNoTracking().Where(s => s.CouncilId == council.Id)
            .OrderBy(s => s.Position).ToListAsync(cancellationToken).ConfigureAwait(false);
        StoredAssessment? assessed = await StoredAssessments.ForPeriodAsync(db, council.Id, period, cancellationToken).ConfigureAwait(false);
        List<ReportNarrative> narratives = await db.ReportNarratives.AsNoTracking()
            .Where(n => n.BoardId == board.Id && n.Period == period).OrderBy(n => n.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        User? administrator = await db.Users.AsNoTracking()
            .Where(u => u.Roles.Any(r => r.Role == "administrator")).OrderBy(u => u.Id)
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);

        return new ReportData
        {
            Board = board,
            Council = council,
            CouncilArea = councilArea,
            BoardIndicators = [.. boardIndicatorIds.Where(indicators.ContainsKey).Select(id => indicators[id]).OrderBy(i => i.Id)],
            Indicators = indicators,
            Targets = StoredEvaluations.Schedules(targets),
            Results = results.ToLookup(r => r.IndicatorId),
            SeriesBreaks = breaks.ToLookup(v => v.IndicatorId),
            AreaValues = areaValues.ToLookup(v => v.IndicatorId),
            Areas = areas,
            Priorities = priorities,
            PlanTitles = plans,
            PriorityIndicators = alignment.ToLookup(a => a.PriorityId, a => a.IndicatorId),
            Trackers = trackers.ToLookup(t => t.PriorityId),
            Meetings = meetings,
            Assessments = assessments,
            Assessed = assessed,
            Narratives = narratives,
            Administrator = administrator,
        };
    }
}
