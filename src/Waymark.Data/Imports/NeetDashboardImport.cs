using System.Globalization;

using Microsoft.EntityFrameworkCore;

using Waymark.Areas;
using Waymark.Data.Areas;
using Waymark.Data.Breakdowns;
using Waymark.Data.Files;
using Waymark.Data.Measures;
using Waymark.Data.Store;
using Waymark.Gaps;
using Waymark.Indicators;
using Waymark.Periods;

namespace Waymark.Data.Imports;

/// <summary>
/// Imports DfE's NEET and participation LA dashboard file (<c>dfe_neet_la_dashboard_2022.csv</c>, NCCIS data): for
/// England, every region and every LA, the percentage of 16-17 year olds not in education, employment or training or
/// whose activity is not known, for all of them and by SEN status (no SEN, EHC plan, SEN support) and for vulnerable
/// groups, as the measure <see cref="MeasureCode"/> broken down by the dimensions <c>sen_status</c> and
/// <c>vulnerable_group</c>, which it creates when the store does not have them. A value DfE marks <c>c</c>,
/// <c>x</c>, <c>z</c> or <c>low</c> is kept with its mark and no value; an empty cell is no figure. The 2021 file's
/// two example rows (<c>Region demo</c> and <c>LA demo</c>, with no LA number) are not areas and are passed over. The
/// figures are streamed into a staging table and merged in one statement, all or nothing; the report counts figures.
/// </summary>
public static class NeetDashboardImport
{
    /// <summary>The measure the file's figures are stored under.</summary>
    public const string MeasureCode = "NEET_NK_16_17";

    /// <summary>The measure: a percentage to one decimal, lower is better, for a calendar year.</summary>
    public static IndicatorDefinition Measure { get; } = new(
        MeasureCode,
        "16-17 year olds not in education, employment or training (NEET) or whose activity is not known",
        Unit.Percent,
        Polarity.Lower,
        Frequency.Annual,
        Aggregation.Snapshot,
        decimals: 1,
        yearType: YearType.Calendar);

    /// <summary>The breakdown by SEN status: EHC plan and SEN support are each set against no SEN.</summary>
    public static BreakdownDimension SenStatus { get; } = new(
        "sen_status",
        "SEN status",
        "all",
        [
            new BreakdownGroup("all", "All young people"),
            new BreakdownGroup("no_sen", "No SEN"),
            new BreakdownGroup("ehcp", "EHC plan", "no_sen"),
            new BreakdownGroup("sen_support", "SEN support", "no_sen"),
        ]);

    /// <summary>The breakdown for vulnerable groups (DfE's "VG" columns).</summary>
    public static BreakdownDimension VulnerableGroup { get; } = new(
        "vulnerable_group",
        "Vulnerable groups",
        "all",
        [
            new BreakdownGroup("all", "All young people"),
            new BreakdownGroup("vulnerable", "Vulnerable groups"),
        ]);

    private static readonly (string Dimension, string Group, string Value, string? Cohort)[] Cells =
    [
        ("sen_status", "all", "NEET_not_known_percent", "Cohort_DJFavg"),
        ("sen_status", "no_sen", "NEET_NK_noSEN_percent", null),
        ("sen_status", "ehcp", "NEET_NK_EHCP_percent", null),
        ("sen_status", "sen_support", "NEET_NK_SENDsupport_percent", null),
        ("vulnerable_group", "all", "NEET_not_known_percent", "Cohort_DJFavg"),
        ("vulnerable_group", "vulnerable", "VG_NEET_NK_percentage", "VG_cohort_DJF_avg"),
    ];

    private static readonly string[] Markers = ["c", "x", "z", "low", ":", ".."];

    private static readonly StagingColumn[] Columns =
    [
        new("indicator_id", StagingType.Integer), new("area_id", StagingType.Integer), new("group_id", StagingType.Integer),
        new("period", StagingType.Text), new("period_start", StagingType.Date), new("value", StagingType.Number),
        new("suppression", StagingType.Text), new("cohort", StagingType.Number),
    ];

    private static readonly TableMerge Merge = new(
        "group_area_values",
        "group_area_value",
        ["indicator_id", "group_id", "period", "area_id"],
        ["value", "suppression", "cohort"],
        [],
        ["period_start"],
        "(SELECT i.code FROM indicators i WHERE i.id = s.indicator_id) || ' ' || (SELECT d.code || ' ' || g.code FROM dimension_groups g JOIN dimensions d ON d.id = g.dimension_id WHERE g.id = s.group_id) || ' ' || s.period || ' ' || (SELECT a.code FROM areas a WHERE a.id = s.area_id)",
        Concurrency: false);

    private static IReadOnlyList<string> RequiredColumns { get; } =
        ["time_period", "geographic_level", "old_la_code", "region_name", .. Cells.Select(c => c.Value).Distinct(), .. Cells.Select(c => c.Cohort).OfType<string>().Distinct()];

    /// <summary>Imports the figures in <paramref name="text"/>, all or nothing.</summary>
    public static async Task<ImportReport> ImportAsync(WaymarkDb db, TextReader text, string fileName, ImportOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(options);
        var problems = new FileProblems();
        Dictionary<int, int> areas = await StoredAreas.ByNumberAsync(db, cancellationToken).ConfigureAwait(false);
        var regions = (await db.Areas.AsNoTracking().Where(a => a.Kind == AreaKinds.Region).Select(a => new { a.Name, a.Id }).ToListAsync(cancellationToken).ConfigureAwait(false))
            .ToDictionary(a => a.Name, a => a.Id, RegionNames.Comparer);

        await using ImportSession session = await ImportSession.BeginAsync(db, cancellationToken).ConfigureAwait(false);
        int indicatorId = await EnsureMeasureAsync(db, options, cancellationToken).ConfigureAwait(false);
        await EnsureDimensionAsync(db, SenStatus, cancellationToken).ConfigureAwait(false);
        await EnsureDimensionAsync(db, VulnerableGroup, cancellationToken).ConfigureAwait(false);
        Dictionary<(string Dimension, string Group), int> groups = await StoredGroups.ByCodeAsync(db, cancellationToken).ConfigureAwait(false);
        object[] groupIds = [.. Cells.Select(c => (object)groups[(c.Dimension, c.Group)])];

        long rows = 0;
        using (StagingTable staging = StagingTable.CreateTemporary(session.Connection, session.Transaction, "staging_group_area_values", Columns))
        using (CsvTable? table = CsvTable.Open(text, fileName, RequiredColumns, problems))
        {
            if (table is not null)
            {
                int[] valueColumns = [.. Cells.Select(c => table.Header.IndexOf(c.Value))];
                int[] cohortColumns = [.. Cells.Select(c => c.Cohort is null ? -1 : table.Header.IndexOf(c.Cohort))];
                int period = table.Header.IndexOf("time_period"), level = table.Header.IndexOf("geographic_level");
                int laCode = table.Header.IndexOf("old_la_code"), region = table.Header.IndexOf("region_name");
                var firstLines = new Dictionary<(int Area, ReportingPeriod Period), long>();
                var values = new object?[Columns.Length];
                object measure = indicatorId;
                int laName = table.Header.IndexOf("la_name");
                while (table.Read())
                {
                    if (IsExample(table, level, laCode, region, laName))
                    {
                        continue;
                    }

                    int? areaId = Area(table, level, laCode, region, areas, regions);
                    if (!Fields.TryPeriod(table[period], out ReportingPeriod year, out string? periodError) || year.Kind != PeriodKind.CalendarYear)
                    {
                        table.Problem("time_period", periodError ?? $"'{table[period]}' is not a calendar year: the NEET dashboard gives the year of its December to February average, such as 2022");
                        continue;
                    }

                    if (areaId is not { } area)
                    {
                        continue;
                    }

                    if (!firstLines.TryAdd((area, year), table.Line))
                    {
                        table.Problem("old_la_code", $"{Describe(table, level, laCode, region)} already has a row for {year} on line {firstLines[(area, year)]}");
                        continue;
                    }

                    var cells = new (decimal? Value, string? Marker, decimal? Cohort, bool Present)[Cells.Length];
                    bool ok = true;
                    for (int i = 0; i < Cells.Length; i++)
                    {
                        ok &= Figure(table, valueColumns[i], Cells[i].Value, percent: true, out cells[i].Value, out cells[i].Marker, out cells[i].Present);
                        if (cohortColumns[i] >= 0)
                        {
                            ok &= Figure(table, cohortColumns[i], Cells[i].Cohort!, percent: false, out cells[i].Cohort, out _, out _);
                        }
                    }

                    if (!ok || problems.Any)
                    {
                        continue;
                    }

                    for (int i = 0; i < Cells.Length; i++)
                    {
                        if (!cells[i].Present)
                        {
                            continue;
                        }

                        values[0] = measure;
                        values[1] = area;
                        values[2] = groupIds[i];
                        values[3] = year.ToString();
                        values[4] = year.Start;
                        values[5] = cells[i].Value;
                        values[6] = cells[i].Marker;
                        values[7] = cells[i].Cohort;
                        staging.Add(values);
                        rows++;
                    }
                }
            }

            if (!problems.Any)
            {
                staging.Complete();
            }
        }

        if (problems.Any)
        {
            return await session.FinishAsync(new ImportReport("neet-dashboard", fileName, rows, 0, 0, problems, options.DryRun), options, cancellationToken).ConfigureAwait(false);
        }

        (long added, long changed) = Merge.Run(session.Connection, session.Transaction, "staging_group_area_values", options.Actor, options.Clock.GetUtcNow());
        return await session.FinishAsync(new ImportReport("neet-dashboard", fileName, rows, added, changed, problems, options.DryRun), options, cancellationToken).ConfigureAwait(false);
    }

    private static int? Area(CsvTable table, int level, int laCode, int region, Dictionary<int, int> areas, Dictionary<string, int> regions)
    {
        ReadOnlySpan<char> kind = table[level];
        if (kind.Equals("National", StringComparison.OrdinalIgnoreCase))
        {
            if (areas.TryGetValue(970, out int england))
            {
                return england;
            }

            table.Problem("geographic_level", "England (970) is not an area in the store: import the list of LAs and regions first (waymark import areas)");
            return null;
        }

        if (kind.Equals("Regional", StringComparison.OrdinalIgnoreCase))
        {
            string name = table[region].ToString();
            if (regions.TryGetValue(name, out int id))
            {
                return id;
            }

            table.Problem("region_name", $"'{name}' is not a region in the store: import the list of LAs and regions first (waymark import areas)");
            return null;
        }

        if (kind.Equals("Local authority", StringComparison.OrdinalIgnoreCase))
        {
            ReadOnlySpan<char> code = table[laCode];
            if (int.TryParse(code, NumberStyles.None, CultureInfo.InvariantCulture, out int number) && areas.TryGetValue(number, out int id))
            {
                return id;
            }

            table.Problem("old_la_code", code.IsEmpty
                ? "Enter the LA's three-digit DfE number"
                : $"'{code}' is not an LA in the store: import the list of LAs and regions first (waymark import areas)");
            return null;
        }

        table.Problem("geographic_level", $"'{kind}' is not a geographic level of the NEET dashboard: use National, Regional or Local authority");
        return null;
    }

    private static bool IsExample(CsvTable table, int level, int laCode, int region, int laName)
    {
        ReadOnlySpan<char> name = table[level].Equals("Local authority", StringComparison.OrdinalIgnoreCase) ? table[laName] : table[region];
        return table[laCode].IsEmpty && name.EndsWith(" demo", StringComparison.OrdinalIgnoreCase);
    }

    private static string Describe(CsvTable table, int level, int laCode, int region) =>
        table[level].Equals("National", StringComparison.OrdinalIgnoreCase) ? "England"
        : table[level].Equals("Regional", StringComparison.OrdinalIgnoreCase) ? table[region].ToString()
        : table[laCode].ToString();

    private static bool Figure(CsvTable table, int column, string name, bool percent, out decimal? value, out string? marker, out bool present)
    {
        ReadOnlySpan<char> text = table[column];
        (value, marker, present) = (null, null, !text.IsEmpty);
        if (text.IsEmpty)
        {
            return true;
        }

        foreach (string m in Markers)
        {
            if (text.Equals(m, StringComparison.OrdinalIgnoreCase))
            {
                marker = m;
                return true;
            }
        }

        if (!decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal v))
        {
            table.Problem(name, $"'{text}' is not a number nor one of DfE's marks ({string.Join(", ", Markers)})");
            return false;
        }

        if (percent && !ValueRange.For(Measure.Unit).Contains(v))
        {
            table.Problem(name, $"'{text}' is not a percentage from 0 to 100");
            return false;
        }

        if (!percent && v < 0)
        {
            table.Problem(name, $"'{text}' is not a number of young people: it cannot be negative");
            return false;
        }

        value = percent ? Measure.Round(v) : v;
        return true;
    }

    private static async Task<int> EnsureMeasureAsync(WaymarkDb db, ImportOptions options, CancellationToken cancellationToken)
    {
        Indicator? stored = await db.Indicators.SingleOrDefaultAsync(i => i.Code == MeasureCode, cancellationToken).ConfigureAwait(false);
        if (stored is null)
        {
            // Listed with the other measures DfE publishes for every LA, not among the council's own indicators.
            stored = IndicatorVersioning.Add(db, Measure, options.Actor, options.Clock.GetUtcNow());
            stored.IndicatorSet = LaitDictionaryImport.IndicatorSet;
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }

        return stored.Id;
    }

    private static async Task EnsureDimensionAsync(WaymarkDb db, BreakdownDimension dimension, CancellationToken cancellationToken)
    {
        Dimension? stored = await db.Dimensions.Include(d => d.Groups).SingleOrDefaultAsync(d => d.Code == dimension.Code, cancellationToken).ConfigureAwait(false);
        if (stored is null)
        {
            stored = new Dimension { Code = dimension.Code, Title = dimension.Title, AllGroup = dimension.AllGroup };
            db.Dimensions.Add(stored);
        }

        int position = stored.Groups.Count == 0 ? 0 : stored.Groups.Max(g => g.Position);
        foreach (BreakdownGroup group in dimension.Groups)
        {
            if (stored.Groups.All(g => g.Code != group.Code))
            {
                stored.Groups.Add(new DimensionGroup { Code = group.Code, Title = group.Title, Complement = group.Complement, Position = ++position });
            }
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }
}
