using System.Globalization;

using Microsoft.EntityFrameworkCore;

using Waymark.Benchmarking;
using Waymark.Data.Areas;
using Waymark.Data.Measures;
using Waymark.Data.Store;
using Waymark.Periods;

namespace Waymark.Data.Benchmarks;

/// <summary>
/// The published figures of one measure and period in the store, with the statistical neighbours of a model, from
/// which any LA is benchmarked by <see cref="AreaBenchmark.Compute"/>. Loaded with one query for every area's value
/// and one for the neighbours.
/// </summary>
public sealed class BenchmarkFigures
{
    private readonly Dictionary<int, decimal?> values;
    private readonly Dictionary<int, decimal?> laValues;
    private readonly Dictionary<int, List<int>> neighbours;
    private readonly Dictionary<int, BenchmarkArea> areasById;
    private readonly int? englandId;

    private BenchmarkFigures(
        Indicator measure,
        ReportingPeriod period,
        string? model,
        IReadOnlyList<BenchmarkArea> areas,
        Dictionary<int, decimal?> values,
        Dictionary<int, List<int>> neighbours,
        int? englandId)
    {
        Measure = measure;
        Period = period;
        Model = model;
        LocalAuthorities = areas;
        this.values = values;
        this.neighbours = neighbours;
        this.englandId = englandId;
        areasById = areas.ToDictionary(a => a.Id);
        laValues = [];
        foreach (BenchmarkArea la in areas.Where(a => values.ContainsKey(a.Id)))
        {
            laValues[la.Number] = values[la.Id];
        }
    }

    /// <summary>The measure.</summary>
    public Indicator Measure { get; }

    /// <summary>The period.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>The name of the neighbour model used; <see langword="null"/> when the store has none.</summary>
    public string? Model { get; }

    /// <summary>Every LA in the store, by number.</summary>
    public IReadOnlyList<BenchmarkArea> LocalAuthorities { get; }

    /// <summary>The LAs that have a stored figure (a value or a marker) for the measure and period, by number.</summary>
    public IEnumerable<BenchmarkArea> WithFigures => LocalAuthorities.Where(a => values.ContainsKey(a.Id));

    /// <summary>
    /// Loads the figures of <paramref name="measureCode"/> for <paramref name="periodText"/>, with the neighbours of
    /// the model named <paramref name="modelName"/> or else the newest, and of <paramref name="onlyArea"/> alone
    /// when given; or says why it cannot.
    /// </summary>
    public static async Task<(BenchmarkFigures? Figures, BenchmarkProblem? Problem)> LoadAsync(
        WaymarkDb db,
        string measureCode,
        string periodText,
        string? modelName,
        BenchmarkArea? onlyArea,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(measureCode);
        (IReadOnlyList<BenchmarkFigures>? figures, BenchmarkProblem? problem) = await LoadManyAsync(
            db, [measureCode], periodText, modelName, onlyArea is null ? null : [onlyArea], cancellationToken).ConfigureAwait(false);
        return (figures?[0], problem);
    }

    /// <summary>
    /// Loads the figures of each of <paramref name="measureCodes"/> for <paramref name="periodText"/> in one read of
    /// the store: one query for the measures, one for every measure's values and one for the neighbours of the model
    /// named <paramref name="modelName"/> (or else the newest), of <paramref name="onlyAreas"/> alone when given.
    /// Says why it cannot when any measure is unknown or has no figures for the period, naming the first such.
    /// </summary>
    public static async Task<(IReadOnlyList<BenchmarkFigures>? Figures, BenchmarkProblem? Problem)> LoadManyAsync(
        WaymarkDb db,
        IReadOnlyList<string> measureCodes,
        string periodText,
        string? modelName,
        IReadOnlyCollection<BenchmarkArea>? onlyAreas,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(measureCodes);
        ArgumentNullException.ThrowIfNull(periodText);
        string[] codes = [.. measureCodes.Distinct(StringComparer.OrdinalIgnoreCase)];
        List<Indicator> exact = await db.Indicators.AsNoTracking().Where(i => codes.Contains(i.Code)).ToListAsync(cancellationToken).ConfigureAwait(false);
        List<Indicator>? everyIndicator = null;
        var measures = new List<Indicator>(codes.Length);
        foreach (string code in codes)
        {
            Indicator? measure = exact.FirstOrDefault(i => i.Code == code);
            if (measure is null)
            {
                everyIndicator ??= await db.Indicators.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
                measure = everyIndicator.FirstOrDefault(i => string.Equals(i.Code, code, StringComparison.OrdinalIgnoreCase));
            }

            if (measure is null)
            {
                return (null, new BenchmarkProblem("measure", $"there is no measure '{code}' in the store: give the code LAIT uses, such as CP_conf_15days, after importing the LAIT data dictionary"));
            }

            measures.Add(measure);
        }

        var models = await db.NeighbourModels.AsNoTracking().OrderByDescending(m => m.ModelDate).Select(m => new { m.Id, m.Name }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var model = modelName is null ? models.FirstOrDefault() : models.FirstOrDefault(m => string.Equals(m.Name, modelName, StringComparison.OrdinalIgnoreCase));
        if (modelName is not null && model is null)
        {
            string known = models.Count == 0 ? "the store has none; import one with waymark import neighbours" : "the store has " + string.Join(", ", models.Select(m => m.Name));
            return (null, new BenchmarkProblem("model", $"there is no neighbour model '{modelName}': {known}"));
        }

        if (!ReportingPeriod.TryParse(periodText, out ReportingPeriod period, out string? periodError))
        {
            return (null, new BenchmarkProblem("period", periodError));
        }

        IReadOnlyList<BenchmarkArea> areas = await LocalAuthoritiesAsync(db, cancellationToken).ConfigureAwait(false);
        int[] measureIds = [.. measures.Select(m => m.Id)];
        var rows = await (
                from v in db.AreaValues.AsNoTracking()
                where measureIds.Contains(v.IndicatorId) && v.Period == period
                join a in db.Areas on v.AreaId equals a.Id
                select new { v.IndicatorId, v.AreaId, v.Value, a.Code })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var byMeasure = rows.ToLookup(r => r.IndicatorId);
        foreach (Indicator measure in measures.Where(m => !byMeasure.Contains(m.Id)))
        {
            List<ReportingPeriod> periods = await db.AreaValues.AsNoTracking().Where(v => v.IndicatorId == measure.Id)
                .Select(v => v.Period).Distinct().ToListAsync(cancellationToken).ConfigureAwait(false);
            periods.Sort();
            string known = periods.Count == 0
                ? $"the store has no figures for {measure.Code}; import them with waymark import lait or comparators"
                : $"the store has {measure.Code} for {string.Join(", ", periods)}";
            return (null, new BenchmarkProblem("period", $"there are no figures for {measure.Code} in {period}: {known}"));
        }

        var neighbours = new Dictionary<int, List<int>>();
        if (model is not null)
        {
            int modelId = model.Id;
            IQueryable<Neighbour> inModel = db.Neighbours.AsNoTracking().Where(n => n.ModelId == modelId);
            if (onlyAreas is not null)
            {
                int[] only = [.. onlyAreas.Select(a => a.Id)];
                int first = only.Length > 0 ? only[0] : 0;
                inModel = only.Length == 1 ? inModel.Where(n => n.AreaId == first) : inModel.Where(n => only.Contains(n.AreaId));
            }

            var pairs = await inModel
                .OrderBy(n => n.AreaId).ThenBy(n => n.Position)
                .Select(n => new { n.AreaId, n.NeighbourAreaId })
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            foreach (var n in pairs)
            {
                if (!neighbours.TryGetValue(n.AreaId, out List<int>? list))
                {
                    neighbours[n.AreaId] = list = [];
                }

                list.Add(n.NeighbourAreaId);
            }
        }

        return (
            [.. measures.Select(measure => new BenchmarkFigures(
                measure,
                period,
                model?.Name,
                areas,
                byMeasure[measure.Id].ToDictionary(f => f.AreaId, f => f.Value),
                neighbours,
                byMeasure[measure.Id].FirstOrDefault(f => f.Code == AreaKinds.EnglandCode)?.AreaId))],
            null);
    }

    /// <summary>Finds an LA by its DfE number or its name (without regard to case); or says why it cannot.</summary>
    public static async Task<(BenchmarkArea? Area, BenchmarkProblem? Problem)> FindAreaAsync(WaymarkDb db, string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        (IReadOnlyList<BenchmarkArea>? found, BenchmarkProblem? problem) = await FindAreasAsync(db, [text], cancellationToken).ConfigureAwait(false);
        return found is [BenchmarkArea area] ? (area, null) : (null, problem);
    }

    /// <summary>
    /// Finds each LA by its DfE number or its name (without regard to case), from one read of the store's LAs, in the
    /// order given and each once; or says which one it cannot find.
    /// </summary>
    public static async Task<(IReadOnlyList<BenchmarkArea>? Areas, BenchmarkProblem? Problem)> FindAreasAsync(WaymarkDb db, IEnumerable<string> texts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        IReadOnlyList<BenchmarkArea> areas = await LocalAuthoritiesAsync(db, cancellationToken).ConfigureAwait(false);
        var found = new List<BenchmarkArea>();
        foreach (string text in texts)
        {
            ArgumentNullException.ThrowIfNull(text);
            string given = text.Trim();
            BenchmarkArea? area = int.TryParse(given, NumberStyles.None, CultureInfo.InvariantCulture, out int number)
                ? areas.FirstOrDefault(a => a.Number == number)
                : areas.FirstOrDefault(a => string.Equals(a.Name, given, StringComparison.OrdinalIgnoreCase));
            if (area is null)
            {
                return (null, new BenchmarkProblem("area", areas.Count == 0
                    ? $"there is no LA '{text}' in the store: the store has no LAs; import them with waymark import areas"
                    : $"there is no LA '{text}' in the store: give its three-digit DfE number, such as 383, or its name, such as Leeds"));
            }

            if (!found.Contains(area))
            {
                found.Add(area);
            }
        }

        return (found, null);
    }

    /// <summary>Benchmarks <paramref name="la"/> by the domain's rules.</summary>
    public AreaBenchmark Benchmark(BenchmarkArea la)
    {
        ArgumentNullException.ThrowIfNull(la);
        IEnumerable<int> neighbourNumbers = neighbours.TryGetValue(la.Id, out List<int>? ids)
            ? ids.Where(areasById.ContainsKey).Select(id => areasById[id].Number)
            : [];
        return AreaBenchmark.Compute(
            Measure.Code,
            Period,
            la.Number,
            laValues,
            englandId is { } e ? values[e] : null,
            la.RegionId is { } r ? values.GetValueOrDefault(r) : null,
            neighbourNumbers,
            Measure.Definition.Polarity,
            Measure.Definition.Decimals);
    }

    /// <summary>The name of an area in the store, such as a region's.</summary>
    public static async Task<string?> AreaNameAsync(WaymarkDb db, int? areaId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return areaId is null ? null : await db.Areas.AsNoTracking().Where(a => a.Id == areaId).Select(a => a.Name).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task<IReadOnlyList<BenchmarkArea>> LocalAuthoritiesAsync(WaymarkDb db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await db.Areas.AsNoTracking().Where(a => a.Kind == AreaKinds.LocalAuthority)
            .Select(a => new { a.Id, a.Code, a.Name, a.RegionId }).ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(a => new BenchmarkArea(a.Id, int.Parse(a.Code, CultureInfo.InvariantCulture), a.Name, a.RegionId)).OrderBy(a => a.Number)];
    }
}
