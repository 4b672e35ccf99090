using Microsoft.EntityFrameworkCore;

using Waymark.Data.Areas;
using Waymark.Data.Measures;
using Waymark.Data.Store;
using Waymark.Gaps;
using Waymark.Periods;

namespace Waymark.Data.Breakdowns;

/// <summary>
/// A measure's figures by group for one area over its last periods with such figures, with the latest period's gaps
/// in the area and in England (<see cref="StoredGaps"/>, worked out by <see cref="GapRules"/>).
/// </summary>
/// <param name="Periods">The periods shown, oldest first: at most <see cref="PeriodsShown"/>.</param>
/// <param name="Figures">Each group's figure and cohort by dimension code, group code and period; a group without one has none.</param>
/// <param name="Gaps">The latest period's gaps in the area.</param>
/// <param name="EnglandGaps">The same period's gaps in England; none when the store has no figures by group for England then.</param>
public sealed record StoredBreakdown(
    IReadOnlyList<ReportingPeriod> Periods,
    IReadOnlyDictionary<(string Dimension, string Group, ReportingPeriod Period), StoredBreakdown.Figure> Figures,
    StoredGaps Gaps,
    StoredGaps? EnglandGaps)
{
    /// <summary>How many periods are shown: the last five.</summary>
    public const int PeriodsShown = 5;

    /// <summary>A group's figure as published, with the number of people in the group when it is published.</summary>
    /// <param name="Value">The figure for the gap rules.</param>
    /// <param name="Cohort">How many people the group has, if published.</param>
    public sealed record Figure(GroupFigure Value, decimal? Cohort);

    /// <summary>The figure of <paramref name="group"/> of <paramref name="dimension"/> in <paramref name="period"/>, or null.</summary>
    public Figure? Of(string dimension, string group, ReportingPeriod period) =>
        Figures.TryGetValue((dimension, group, period), out Figure? figure) ? figure : null;

    /// <summary>The breakdown of <paramref name="measure"/> in the area with <paramref name="areaId"/>; none when the area has no figures by group for it.</summary>
    public static async Task<StoredBreakdown?> LoadAsync(WaymarkDb db, Indicator measure, int areaId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(measure);
        int measureId = measure.Id;
        var stored = await db.GroupAreaValues.AsNoTracking()
            .Where(v => v.IndicatorId == measureId && v.AreaId == areaId)
            .Select(v => new { v.GroupId, v.Period, v.Value, v.Suppression, v.Cohort })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        if (stored.Count == 0)
        {
            return null;
        }

        List<ReportingPeriod> periods = [.. stored.Select(v => v.Period).Distinct().Order().TakeLast(PeriodsShown)];
        string? area = await db.Areas.AsNoTracking().Where(a => a.Id == areaId).Select(a => a.Code).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        ReportingPeriod latest = periods[^1];
        (StoredGaps? gaps, _) = await StoredGaps.LoadAsync(db, measure.Code, area!, latest.ToString(), null, cancellationToken).ConfigureAwait(false);
        if (gaps is null)
        {
            return null;
        }

        (StoredGaps? england, _) = area == AreaKinds.EnglandCode
            ? (null, null)
            : await StoredGaps.LoadAsync(db, measure.Code, AreaKinds.EnglandCode, latest.ToString(), null, cancellationToken).ConfigureAwait(false);
        var groups = (await db.Dimensions.AsNoTracking().Include(d => d.Groups).ToListAsync(cancellationToken).ConfigureAwait(false))
            .SelectMany(d => d.Groups.Select(g => new { g.Id, Dimension = d.Code, g.Code }))
            .ToDictionary(g => g.Id);
        var figures = new Dictionary<(string, string, ReportingPeriod), Figure>();
        foreach (var v in stored.Where(v => periods.Contains(v.Period) && groups.ContainsKey(v.GroupId)))
        {
            GroupFigure value = v.Value is { } known ? GroupFigure.Of(known) : v.Suppression is null ? GroupFigure.Missing : GroupFigure.Suppressed;
            figures[(groups[v.GroupId].Dimension, groups[v.GroupId].Code, v.Period)] = new Figure(value, v.Cohort);
        }

        return new StoredBreakdown(periods, figures, gaps, england);
    }
}
