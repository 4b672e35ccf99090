using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Waymark.Benchmarking;
using Waymark.Data.Areas;
using Waymark.Data.Store;
using Waymark.Indicators;
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
        BenchmarkMeasure measure,
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
    public BenchmarkMeasure Measure { get; }

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
    /// <see cref="LoadManyAsync(DbConnection, IReadOnlyList{string}, string, string?, IReadOnlyCollection{BenchmarkArea}?, CancellationToken)"/>
    /// on the connection of <paramref name="db"/>.
    /// </summary>
    public static Task<(IReadOnlyList<BenchmarkFigures>? Figures, BenchmarkProblem? Problem)> LoadManyAsync(
        WaymarkDb db,
        IReadOnlyList<string> measureCodes,
        string periodText,
        string? modelName,
        IReadOnlyCollection<BenchmarkArea>? onlyAreas,
        CancellationToken cancellationToken = default) =>
        OnConnectionAsync(db, connection => LoadManyAsync(connection, measureCodes, periodText, modelName, onlyAreas, cancellationToken), cancellationToken);

    /// <summary>
    /// Loads the figures of each of <paramref name="measureCodes"/> for <paramref name="periodText"/> in one read of
    /// the store: one query for the measures, one for the neighbour models, one for the LAs, one for every measure's
    /// values and one for the neighbours of the model named <paramref name="modelName"/> (or else the newest), of
    /// <paramref name="onlyAreas"/> alone when given. Says why it cannot when any measure is unknown or has no
    /// figures for the period, naming the first such. Plain SQL on an open connection, so that a command can answer
    /// without building the store's whole model.
    /// </summary>
    public static async Task<(IReadOnlyList<BenchmarkFigures>? Figures, BenchmarkProblem? Problem)> LoadManyAsync(
        DbConnection connection,
        IReadOnlyList<string> measureCodes,
        string periodText,
        string? modelName,
        IReadOnlyCollection<BenchmarkArea>? onlyAreas,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(measureCodes);
        ArgumentNullException.ThrowIfNull(periodText);
        string[] codes = [.. measureCodes.Distinct(StringComparer.OrdinalIgnoreCase)];
        List<BenchmarkMeasure> candidates = await ReadAsync(
            connection,
            $"SELECT id, code, title, polarity, decimals FROM indicators WHERE lower(code) IN ({Placeholders("m", codes.Length)})",
            Parameters("m", codes.Select(c => (object)c.ToLowerInvariant())),
            r => new BenchmarkMeasure(r.GetInt32(0), r.GetString(1), r.GetString(2), ReadPolarity(r.GetString(3)), r.GetInt32(4)),
            cancellationToken).ConfigureAwait(false);
        var measures = new List<BenchmarkMeasure>(codes.Length);
        foreach (string code in codes)
        {
            BenchmarkMeasure? measure = candidates.FirstOrDefault(i => i.Code == code)
                ?? candidates.FirstOrDefault(i => string.Equals(i.Code, code, StringComparison.OrdinalIgnoreCase));
            if (measure is null)
            {
                return (null, new BenchmarkProblem("measure", $"there is no measure '{code}' in the store: give the code LAIT uses, such as CP_conf_15days, after importing the LAIT data dictionary"));
            }

            measures.Add(measure);
        }

        List<(int Id, string Name)> models = await ReadAsync(
            connection, "SELECT id, name FROM neighbour_models ORDER BY model_date DESC", [], r => (r.GetInt32(0), r.GetString(1)), cancellationToken).ConfigureAwait(false);
        (int Id, string Name)? model = modelName is null
            ? models.Count > 0 ? models[0] : null
            : models.Where(m => string.Equals(m.Name, modelName, StringComparison.OrdinalIgnoreCase)).Select(m => ((int, string)?)m).FirstOrDefault();
        if (modelName is not null && model is null)
        {
            string known = models.Count == 0 ? "the store has none; import one with waymark import neighbours" : "the store has " + string.Join(", ", models.Select(m => m.Name));
            return (null, new BenchmarkProblem("model", $"there is no neighbour model '{modelName}': {known}"));
        }

        if (!ReportingPeriod.TryParse(periodText, out ReportingPeriod period, out string? periodError))
        {
            return (null, new BenchmarkProblem("period", periodError));
        }

        IReadOnlyList<BenchmarkArea> areas = await LocalAuthoritiesAsync(connection, cancellationToken).ConfigureAwait(false);
        var rows = await ReadAsync(
            connection,
            $"SELECT v.indicator_id, v.area_id, v.value, a.code FROM area_values v JOIN areas a ON a.id = v.area_id WHERE v.indicator_id IN ({Placeholders("m", measures.Count)}) AND v.period = @period",
            [.. Parameters("m", measures.Select(m => (object)m.Id)), ("@period", period.ToString())],
            r => (IndicatorId: r.GetInt32(0), AreaId: r.GetInt32(1), Value: r.IsDBNull(2) ? (decimal?)null : r.GetDecimal(2), Code: r.GetString(3)),
            cancellationToken).ConfigureAwait(false);
        var byMeasure = rows.ToLookup(r => r.IndicatorId);
        foreach (BenchmarkMeasure measure in measures.Where(m => !byMeasure.Contains(m.Id)))
        {
            List<ReportingPeriod> periods = await ReadAsync(
                connection,
                "SELECT DISTINCT period FROM area_values WHERE indicator_id = @id",
                [("@id", measure.Id)],
                r => ReportingPeriod.Parse(r.GetString(0)),
                cancellationToken).ConfigureAwait(false);
            periods.Sort();
            string known = periods.Count == 0
                ? $"the store has no figures for {measure.Code}; import them with waymark import lait or comparators"
                : $"the store has {measure.Code} for {string.Join(", ", periods)}";
            return (null, new BenchmarkProblem("period", $"there are no figures for {measure.Code} in {period}: {known}"));
        }

        var neighbours = new Dictionary<int, List<int>>();
        if (model is { } chosen)
        {
            int[] only = onlyAreas is null ? [] : [.. onlyAreas.Select(a => a.Id)];
            string which = onlyAreas is null ? string.Empty : $" AND area_id IN ({Placeholders("a", only.Length)})";
            List<(int AreaId, int NeighbourId)> pairs = onlyAreas is { Count: 0 }
                ? []
                : await ReadAsync(
                    connection,
                    $"SELECT area_id, neighbour_area_id FROM neighbours WHERE model_id = @model{which} ORDER BY area_id, position",
                    [("@model", chosen.Id), .. Parameters("a", only.Select(id => (object)id))],
                    r => (r.GetInt32(0), r.GetInt32(1)),
                    cancellationToken).ConfigureAwait(false);
            foreach ((int areaId, int neighbourId) in pairs)
            {
                if (!neighbours.TryGetValue(areaId, out List<int>? list))
                {
                    neighbours[areaId] = list = [];
                }

                list.Add(neighbourId);
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
                byMeasure[measure.Id].Where(f => f.Code == AreaKinds.EnglandCode).Select(f => (int?)f.AreaId).FirstOrDefault()))],
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
    /// <see cref="FindAreasAsync(DbConnection, IEnumerable{string}, CancellationToken)"/> on the connection of <paramref name="db"/>.
    /// </summary>
    public static Task<(IReadOnlyList<BenchmarkArea>? Areas, BenchmarkProblem? Problem)> FindAreasAsync(WaymarkDb db, IEnumerable<string> texts, CancellationToken cancellationToken = default) =>
        OnConnectionAsync(db, connection => FindAreasAsync(connection, texts, cancellationToken), cancellationToken);

    /// <summary>
    /// Finds each LA by its DfE number or its name (without regard to case), from one read of the store's LAs, in the
    /// order given and each once; or says which one it cannot find.
    /// </summary>
    public static async Task<(IReadOnlyList<BenchmarkArea>? Areas, BenchmarkProblem? Problem)> FindAreasAsync(DbConnection connection, IEnumerable<string> texts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        IReadOnlyList<BenchmarkArea> areas = await LocalAuthoritiesAsync(connection, cancellationToken).ConfigureAwait(false);
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
            Measure.Polarity,
            Measure.Decimals);
    }

    /// <summary>The name of an area in the store, such as a region's.</summary>
    public static async Task<string?> AreaNameAsync(DbConnection connection, int? areaId, CancellationToken cancellationToken = default) =>
        areaId is null
            ? null
            : (await ReadAsync(connection, "SELECT name FROM areas WHERE id = @id", [("@id", areaId.Value)], r => r.GetString(0), cancellationToken).ConfigureAwait(false)).FirstOrDefault();

    private static async Task<IReadOnlyList<BenchmarkArea>> LocalAuthoritiesAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        List<BenchmarkArea> rows = await ReadAsync(
            connection,
            "SELECT id, code, name, region_id FROM areas WHERE kind = @kind",
            [("@kind", AreaKinds.LocalAuthority)],
            r => new BenchmarkArea(r.GetInt32(0), int.Parse(r.GetString(1), CultureInfo.InvariantCulture), r.GetString(2), r.IsDBNull(3) ? null : r.GetInt32(3)),
            cancellationToken).ConfigureAwait(false);
        return [.. rows.OrderBy(a => a.Number)];
    }

    private static Polarity ReadPolarity(string text) =>
        IndicatorCodes.TryParsePolarity(text, out Polarity polarity) ? polarity : throw new InvalidOperationException($"The database holds '{text}', which is not a polarity.");

    private static string Placeholders(string prefix, int count) =>
        count == 0 ? "NULL" : string.Join(", ", Enumerable.Range(0, count).Select(i => $"@{prefix}{i}"));

    private static IEnumerable<(string Name, object Value)> Parameters(string prefix, IEnumerable<object> values) =>
        values.Select((v, i) => ($"@{prefix}{i}", v));

    private static async Task<List<T>> ReadAsync<T>(
        DbConnection connection,
        string sql,
        IEnumerable<(string Name, object Value)> parameters,
        Func<DbDataReader, T> row,
        CancellationToken cancellationToken)
    {
        await using DbCommand command = connection.CreateCommand();
        command.CommandText = sql;
        foreach ((string name, object value) in parameters)
        {
            DbParameter parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        var rows = new List<T>();
        await using DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(row(reader));
        }

        return rows;
    }

    private static async Task<T> OnConnectionAsync<T>(WaymarkDb db, Func<DbConnection, Task<T>> read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await read(db.Database.GetDbConnection()).ConfigureAwait(false);
        }
        finally
        {
            await db.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
    }
}
