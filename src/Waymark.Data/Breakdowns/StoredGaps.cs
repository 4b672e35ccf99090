using System.Globalization;

using Microsoft.EntityFrameworkCore;

using Waymark.Data.Areas;
using Waymark.Data.Benchmarks;
using Waymark.Data.Measures;
using Waymark.Data.Store;
using Waymark.Gaps;
using Waymark.Periods;

namespace Waymark.Data.Breakdowns;

/// <summary>
/// The gaps of one measure for one area and period, from the published figures by group in the store, worked out by
/// <see cref="GapRules"/>: every group of every dimension (or of one) against all, its complement and England's same
/// group, with the same gap a year earlier. Loaded with one query for the area's and England's figures of both years.
/// </summary>
/// <param name="Measure">The measure.</param>
/// <param name="Area">The area: its code, such as <c>383</c>, and name.</param>
/// <param name="Period">The period.</param>
/// <param name="Dimensions">Each dimension with its gaps, in the order of the dimensions' codes.</param>
public sealed record StoredGaps(
    Indicator Measure,
    Area Area,
    ReportingPeriod Period,
    IReadOnlyList<(BreakdownDimension Dimension, IReadOnlyList<GroupGap> Gaps)> Dimensions)
{
    /// <summary>Loads the gaps, or says which of what was asked the store cannot answer.</summary>
    public static async Task<(StoredGaps? Gaps, BenchmarkProblem? Problem)> LoadAsync(
        WaymarkDb db,
        string measureCode,
        string areaText,
        string periodText,
        string? dimensionCode,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(measureCode);
        ArgumentNullException.ThrowIfNull(areaText);
        ArgumentNullException.ThrowIfNull(periodText);
        Indicator? measure = (await db.Indicators.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false))
            .FirstOrDefault(i => string.Equals(i.Code, measureCode.Trim(), StringComparison.OrdinalIgnoreCase));
        if (measure is null)
        {
            return (null, new BenchmarkProblem("measure", $"there is no measure '{measureCode}' in the store: give a measure's code, such as NEET_NK_16_17 after waymark import neet-dashboard"));
        }

        Area? area = await FindAreaAsync(db, areaText, cancellationToken).ConfigureAwait(false);
        if (area is null)
        {
            return (null, new BenchmarkProblem("area", $"there is no area '{areaText}' in the store: give an LA's three-digit DfE number, such as 383, a region's name, or England"));
        }

        if (!ReportingPeriod.TryParse(periodText, out ReportingPeriod period, out string? periodError))
        {
            return (null, new BenchmarkProblem("period", periodError));
        }

        List<Dimension> dimensions = await db.Dimensions.AsNoTracking().Include(d => d.Groups).OrderBy(d => d.Code).ToListAsync(cancellationToken).ConfigureAwait(false);
        if (dimensionCode is not null)
        {
            dimensions = [.. dimensions.Where(d => string.Equals(d.Code, dimensionCode.Trim(), StringComparison.OrdinalIgnoreCase))];
            if (dimensions.Count == 0)
            {
                return (null, new BenchmarkProblem("dimension", $"there is no breakdown '{dimensionCode}' in the store: give one such as sen_status"));
            }
        }

        int? englandId = await db.Areas.AsNoTracking().Where(a => a.Code == AreaKinds.EnglandCode).Select(a => (int?)a.Id).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        ReportingPeriod yearEarlier = period.YearEarlier();
        int measureId = measure.Id, areaId = area.Id, england = englandId ?? -1;
        var figures = await db.GroupAreaValues.AsNoTracking()
            .Where(v => v.IndicatorId == measureId && (v.AreaId == areaId || v.AreaId == england) && (v.Period == period || v.Period == yearEarlier))
            .Select(v => new { v.AreaId, v.GroupId, v.Period, v.Value, v.Suppression })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        if (!figures.Any(f => f.AreaId == areaId && f.Period == period))
        {
            return (null, new BenchmarkProblem("period", $"there are no figures by group for {measure.Code} in {area.Name} in {period}"));
        }

        var result = new List<(BreakdownDimension, IReadOnlyList<GroupGap>)>();
        foreach (Dimension stored in dimensions)
        {
            Dictionary<int, string> codes = stored.Groups.ToDictionary(g => g.Id, g => g.Code);
            Dictionary<string, GroupFigure> Of(int ofArea, ReportingPeriod ofPeriod) => figures
                .Where(f => f.AreaId == ofArea && f.Period == ofPeriod && codes.ContainsKey(f.GroupId))
                .ToDictionary(
                    f => codes[f.GroupId],
                    f => f.Value is { } v ? GroupFigure.Of(v) : f.Suppression is null ? GroupFigure.Missing : GroupFigure.Suppressed,
                    StringComparer.Ordinal);
            var breakdown = new BreakdownFigures(Of(areaId, period), Of(areaId, yearEarlier), Of(england, period), Of(england, yearEarlier));
            if (breakdown.Area.Count == 0)
            {
                continue;
            }

            BreakdownDimension dimension = stored.ToDomain();
            result.Add((dimension, GapRules.Gaps(measure.ToDefinition(), dimension, breakdown, areaId == england)));
        }

        return (new StoredGaps(measure, area, period, result), null);
    }

    private static async Task<Area?> FindAreaAsync(WaymarkDb db, string text, CancellationToken cancellationToken)
    {
        string given = text.Trim();
        List<Area> areas = await db.Areas.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        if (int.TryParse(given, NumberStyles.None, CultureInfo.InvariantCulture, out int number))
        {
            return areas.FirstOrDefault(a => int.TryParse(a.Code, NumberStyles.None, CultureInfo.InvariantCulture, out int code) && code == number);
        }

        return areas.FirstOrDefault(a => string.Equals(a.Name, given, StringComparison.OrdinalIgnoreCase))
            ?? areas.FirstOrDefault(a => a.Kind == AreaKinds.Region && Waymark.Areas.RegionNames.Comparer.Equals(a.Name, given));
    }
}
