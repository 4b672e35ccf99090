using System.Collections.Concurrent;

using Microsoft.EntityFrameworkCore;

using Waymark.Data.Benchmarks;
using Waymark.Data.Breakdowns;
using Waymark.Data.Framework;
using Waymark.Data.Measures;
using Waymark.Data.Store;
using Waymark.Gaps;
using Waymark.Indicators;
using Waymark.Periods;
using Waymark.Ratings;
using Waymark.Reporting.Charts;
using Waymark.Reporting.Content;
using Waymark.Summaries;
using Waymark.Trackers;
using Waymark.Variation;

namespace Waymark.Web.Performance;

/// <summary>
/// The indicators, boards and priorities of the store as read at one moment, with each period's evaluation and each
/// indicator's history worked out from the store the first time they are asked for.
/// </summary>
public sealed class PerformanceSnapshot
{
    private readonly DbContextOptions<WaymarkDb> options;
    private readonly TimeProvider clock;
    private readonly Dictionary<int, Indicator> byId;
    private readonly Dictionary<int, string> ownerNames;
    private readonly Dictionary<int, HashSet<int>> boardsOf;
    private readonly Dictionary<int, HashSet<int>> prioritiesOf;
    private readonly Dictionary<int, HashSet<int>> prioritiesOfBoard;
    private readonly ConcurrentDictionary<ReportingPeriod, Lazy<Task<PeriodPicture>>> periods = new();
    private readonly ConcurrentDictionary<int, Lazy<Task<IndicatorPicture>>> indicators = new();
    private readonly ConcurrentDictionary<ReportingPeriod, Lazy<Task<IReadOnlyDictionary<int, XmrChart>>>> variations = new();

    private PerformanceSnapshot(
        DbContextOptions<WaymarkDb> options,
        TimeProvider clock,
        List<Indicator> indicators,
        List<Board> boards,
        List<Priority> priorities,
        List<IndicatorBoard> indicatorBoards,
        List<IndicatorPriority> indicatorPriorities,
        List<PriorityBoard> priorityBoards,
        List<ReportingPeriod> resultPeriods,
        ReportingPeriod? defaultPeriod,
        List<IndicatorOwner> owners)
    {
        this.options = options;
        this.clock = clock;
        Indicators = indicators;
        Boards = boards;
        Priorities = priorities;
        ResultPeriods = resultPeriods;
        DefaultPeriod = defaultPeriod;
        Owners = owners;
        ownerNames = owners.ToDictionary(o => o.Id, o => o.Name);
        byId = indicators.ToDictionary(i => i.Id);
        boardsOf = indicatorBoards.GroupBy(x => x.IndicatorId).ToDictionary(g => g.Key, g => g.Select(x => x.BoardId).ToHashSet());
        prioritiesOf = indicatorPriorities.GroupBy(x => x.IndicatorId).ToDictionary(g => g.Key, g => g.Select(x => x.PriorityId).ToHashSet());
        prioritiesOfBoard = priorityBoards.GroupBy(x => x.BoardId).ToDictionary(g => g.Key, g => g.Select(x => x.PriorityId).ToHashSet());
    }

    /// <summary>Every indicator, in order of code.</summary>
    public IReadOnlyList<Indicator> Indicators { get; }

    /// <summary>Every board, in order of name.</summary>
    public IReadOnlyList<Board> Boards { get; }

    /// <summary>Every priority, in order of code.</summary>
    public IReadOnlyList<Priority> Priorities { get; }

    /// <summary>Every period with at least one result, newest first.</summary>
    public IReadOnlyList<ReportingPeriod> ResultPeriods { get; }

    /// <summary>The period shown when none is chosen (<see cref="Evaluations.DefaultPeriod"/>); none when there are no results.</summary>
    public ReportingPeriod? DefaultPeriod { get; }

    /// <summary>Everyone who owns an indicator, in order of name.</summary>
    public IReadOnlyList<IndicatorOwner> Owners { get; }

    /// <summary>The name of the indicator's owner; none when it has no owner.</summary>
    public string? OwnerOf(Indicator indicator) =>
        indicator is { OwnerId: int id } && ownerNames.TryGetValue(id, out string? name) ? name : null;

    /// <summary>Whether the indicator's results go to the board.</summary>
    public bool IsOnBoard(int indicatorId, int boardId) => boardsOf.TryGetValue(indicatorId, out HashSet<int>? boards) && boards.Contains(boardId);

    /// <summary>Whether the indicator serves the priority.</summary>
    public bool ServesPriority(int indicatorId, int priorityId) => prioritiesOf.TryGetValue(indicatorId, out HashSet<int>? p) && p.Contains(priorityId);

    /// <summary>Every indicator evaluated for <paramref name="period"/>, with the boards' summaries.</summary>
    public Task<PeriodPicture> PeriodAsync(ReportingPeriod period, CancellationToken cancellationToken) =>
        Once(periods, period, () => LoadPeriodAsync(period)).WaitAsync(cancellationToken);

    /// <summary>What the indicator's page shows; none when there is no such indicator.</summary>
    /// <summary>The XmR chart of every indicator drawn from its results up to <paramref name="period"/>, by indicator id, read once for the period.</summary>
    public Task<IReadOnlyDictionary<int, XmrChart>> VariationsAsync(ReportingPeriod period, CancellationToken cancellationToken) =>
        Once(variations, period, () => LoadVariationsAsync(period)).WaitAsync(cancellationToken);

    public async Task<IndicatorPicture?> IndicatorAsync(int id, CancellationToken cancellationToken) =>
        byId.TryGetValue(id, out Indicator? indicator)
            ? await Once(indicators, id, () => LoadIndicatorAsync(indicator)).WaitAsync(cancellationToken)
            : null;

    /// <summary>
    /// Every gap of the council's own LA, against all or against the group it is set against, that is widening since a
    /// year earlier, of every measure with figures by group, in order of the measures' codes.
    /// </summary>
    public async Task<IReadOnlyList<WideningGap>> WideningGapsAsync(CancellationToken cancellationToken)
    {
        List<int> measures;
        await using (WaymarkDb db = Open(options, clock))
        {
            measures = await db.GroupAreaValues.AsNoTracking().Select(v => v.IndicatorId).Distinct().ToListAsync(cancellationToken);
        }

        var widening = new List<WideningGap>();
        foreach (Indicator indicator in Indicators.Where(i => measures.Contains(i.Id)))
        {
            if ((await IndicatorAsync(indicator.Id, cancellationToken))?.Breakdown is not { } breakdown)
            {
                continue;
            }

            foreach ((BreakdownDimension dimension, IReadOnlyList<GroupGap> gaps) in breakdown.Gaps.Dimensions)
            {
                widening.AddRange(gaps
                    .Where(g => g.Direction == GapDirection.Widening && g.ComparedWith != GapComparison.England && dimension.Find(g.Group) is not null)
                    .Select(g => new WideningGap(indicator, breakdown.Gaps.Area.Name, breakdown.Gaps.Period, dimension, dimension.Find(g.Group)!, g)));
            }
        }

        return widening;
    }

    internal static async Task<PerformanceSnapshot> LoadAsync(DbContextOptions<WaymarkDb> options, TimeProvider clock, CancellationToken cancellationToken)
    {
        await using WaymarkDb db = Open(options, clock);
        List<Indicator> indicators = await db.Indicators.AsNoTracking().OrderBy(i => i.Code).ToListAsync(cancellationToken);
        List<Board> boards = await db.Boards.AsNoTracking().OrderBy(b => b.Name).ToListAsync(cancellationToken);
        List<Priority> priorities = await db.Priorities.AsNoTracking().OrderBy(p => p.Code).ToListAsync(cancellationToken);
        List<IndicatorBoard> indicatorBoards = await db.IndicatorBoards.AsNoTracking().ToListAsync(cancellationToken);
        List<IndicatorPriority> indicatorPriorities = await db.IndicatorPriorities.AsNoTracking().ToListAsync(cancellationToken);
        List<PriorityBoard> priorityBoards = await db.PriorityBoards.AsNoTracking().ToListAsync(cancellationToken);
        List<ReportingPeriod> resultPeriods = await Evaluations.ResultPeriodsAsync(db, cancellationToken);
        List<ReportingPeriod> cycles = await db.ReportingCycles.AsNoTracking().Select(c => c.Period).ToListAsync(cancellationToken);
        List<IndicatorOwner> owners = await db.Users.AsNoTracking()
            .Where(u => db.Indicators.Any(i => i.OwnerId == u.Id))
            .OrderBy(u => u.Name).ThenBy(u => u.Id)
            .Select(u => new IndicatorOwner(u.Id, u.Name))
            .ToListAsync(cancellationToken);
        return new PerformanceSnapshot(
            options, clock, indicators, boards, priorities, indicatorBoards, indicatorPriorities, priorityBoards, resultPeriods,
            Evaluations.DefaultPeriod(resultPeriods, cycles), owners);
    }

    private async Task<PeriodPicture> LoadPeriodAsync(ReportingPeriod period)
    {
        await using WaymarkDb db = Open(options, clock);
        var trackers = await db.Trackers.AsNoTracking()
            .Where(t => t.Period == period)
            .Join(db.Priorities, t => t.PriorityId, p => p.Id, (t, p) => new { t.Id, t.PriorityId, p.Code, p.Title, t.Period, t.AgreedRating, t.ProposedRating, t.State })
            .ToListAsync();
        List<EvaluatedIndicator> evaluated = await StoredEvaluations.ForPeriodAsync(db, Indicators, period);
        List<(int PriorityId, TrackerLine Line)> lines = [.. trackers.Select(t => (t.PriorityId, new TrackerLine(
            t.Id, t.Code, t.Title, t.Period.Label, TrackerSignOff.ShownRating(t.AgreedRating, t.ProposedRating), t.State)))];

        var summaries = new List<BoardSummary>();
        foreach (Board board in Boards)
        {
            HashSet<int> served = prioritiesOfBoard.GetValueOrDefault(board.Id) ?? [];
            summaries.Add(Summarise(
                board.Id,
                board.Name,
                [.. evaluated.Where(e => IsOnBoard(e.Indicator.Id, board.Id))],
                [.. lines.Where(l => served.Contains(l.PriorityId)).Select(l => l.Line)]));
        }

        if (summaries.Count == 0)
        {
            summaries.Add(Summarise(null, "All indicators", evaluated, [.. lines.Select(l => l.Line)]));
        }

        return new PeriodPicture(period, evaluated, summaries);
    }

    private async Task<IndicatorPicture> LoadIndicatorAsync(Indicator indicator)
    {
        await using WaymarkDb db = Open(options, clock);
        string? owner = indicator.OwnerId is int id
            ? await db.Users.AsNoTracking().Where(u => u.Id == id).Select(u => u.Name).FirstOrDefaultAsync()
            : null;
        List<EvaluatedIndicator> history = await StoredEvaluations.HistoryAsync(db, indicator);
        IndicatorVariation variation = IndicatorVariation.Of(indicator, history, await StoredVariation.ChartAsync(db, indicator, history.Select(h => h.Stored).OfType<Result>()));
        TrendLayout chart = TrendChart.Layout(
            indicator.Code,
            indicator.Definition.Title,
            IndicatorCodes.ToCode(indicator.Definition.Unit),
            indicator.Definition.Decimals,
            [.. history.Select(h => new TrendPoint(h.Evaluation.Period.ToString(), h.Evaluation.Result?.IsJudgeable == true ? h.Evaluation.Value : null, h.Evaluation.Target?.Value, null, null, null))],
            variation.Intervals.ToDictionary(i => i.Key.ToString(), i => (i.Value.Lower, i.Value.Upper)));
        IndicatorBenchmarks? benchmarks = await BenchmarksAsync(db, indicator, history);
        HashSet<int> priorities = prioritiesOf.GetValueOrDefault(indicator.Id) ?? [];
        HashSet<int> boards = boardsOf.GetValueOrDefault(indicator.Id) ?? [];
        return new IndicatorPicture(
            indicator,
            owner,
            [.. Priorities.Where(p => priorities.Contains(p.Id)).Select(p => p.Code + " " + p.Title)],
            [.. Boards.Where(b => boards.Contains(b.Id)).Select(b => b.Name)],
            history,
            chart,
            variation,
            benchmarks,
            await IndicatorFunnel.LoadAsync(db, indicator),
            await BreakdownAsync(db, indicator));
    }

    /// <summary>The indicator's figures by group for the council's own LA, with their gaps; none without a council or figures by group.</summary>
    private static async Task<StoredBreakdown?> BreakdownAsync(WaymarkDb db, Indicator indicator)
    {
        int? councilArea = await db.Councils.AsNoTracking().OrderBy(c => c.Id).Select(c => c.AreaId).FirstOrDefaultAsync();
        return councilArea is int areaId ? await StoredBreakdown.LoadAsync(db, indicator, areaId) : null;
    }

    /// <summary>The benchmarks of the latest judgeable result: the indicator's published figures for its period and the council's region.</summary>
    private static async Task<IndicatorBenchmarks?> BenchmarksAsync(WaymarkDb db, Indicator indicator, List<EvaluatedIndicator> history)
    {
        if (history.LastOrDefault(h => h.Evaluation.Result?.IsJudgeable == true && h.Evaluation.Value is not null) is not { } latest)
        {
            return null;
        }

        ReportingPeriod period = latest.Evaluation.Period;
        List<PublishedFigure> published = await (
                from v in db.AreaValues.AsNoTracking()
                where v.IndicatorId == indicator.Id && v.Period == period && v.Value != null
                join a in db.Areas.AsNoTracking() on v.AreaId equals a.Id
                select new PublishedFigure(a.Kind, a.Id, a.Name, v.Period, v.Value!.Value))
            .ToListAsync();
        if (published.Count == 0)
        {
            return null;
        }

        int? councilArea = await db.Councils.AsNoTracking().OrderBy(c => c.Id).Select(c => c.AreaId).FirstOrDefaultAsync();
        int? region = councilArea is int areaId
            ? await db.Areas.AsNoTracking().Where(a => a.Id == areaId).Select(a => a.RegionId).FirstOrDefaultAsync()
            : null;
        return IndicatorBenchmarks.Of(
            indicator.ToDefinition(), period, latest.Evaluation.Value!.Value, latest.Stored?.Numerator, latest.Stored?.Denominator, region, published);
    }

    private async Task<IReadOnlyDictionary<int, XmrChart>> LoadVariationsAsync(ReportingPeriod period)
    {
        await using WaymarkDb db = Open(options, clock);
        return await StoredVariation.UpToAsync(db, Indicators, period);
    }

    private static BoardSummary Summarise(int? id, string name, List<EvaluatedIndicator> indicators, List<TrackerLine> trackers) => new(
        id,
        name,
        RatingSummary.Of(indicators.Select(e => e.Evaluation.Rating.Rating)),
        RatingSummary.Of(indicators.Select(e => e.Evaluation.PredictedRating.Rating)),
        [.. indicators.Where(e => e.Evaluation.Rating.Rating == Rating.Red), .. indicators.Where(e => e.Evaluation.Rating.Rating == Rating.Amber)],
        [.. trackers.Where(t => t.Rating is Rating.Red or Rating.Amber).OrderBy(t => t.Rating).ThenBy(t => t.PriorityCode, StringComparer.Ordinal)]);

    private static WaymarkDb Open(DbContextOptions<WaymarkDb> options, TimeProvider clock) => new(options, clock, "web:read");

    private static Task<T> Once<TKey, T>(ConcurrentDictionary<TKey, Lazy<Task<T>>> cache, TKey key, Func<Task<T>> load)
        where TKey : notnull
    {
        Lazy<Task<T>> lazy = cache.GetOrAdd(key, _ => new Lazy<Task<T>>(() => Task.Run(load)));
        Task<T> task = lazy.Value;
        if (task.IsFaulted || task.IsCanceled)
        {
            cache.TryRemove(KeyValuePair.Create(key, lazy));
        }

        return task;
    }
}
