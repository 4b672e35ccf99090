using System.Globalization;

using Microsoft.EntityFrameworkCore;

using Waymark.Areas;
using Waymark.Data.Areas;
using Waymark.Data.Files;
using Waymark.Data.Store;
using Waymark.Indicators;
using Waymark.Periods;

namespace Waymark.Data.Imports;

/// <summary>
/// Imports a DfE tidy statistics file (<see cref="TidyFile"/>) into the published figures of each area, reading each
/// measure's value, count and denominator from the columns its mapping file names
/// (<see cref="ImportOptions.Mapping"/>). A value is rounded half up to the measure's decimals; a count and a
/// denominator are kept as published, so that an area's interval and its place on a funnel plot can be worked out. A
/// denominator and a count must be 0 or more, and a percentage's count no more than its denominator. The rows
/// stream into the same staging table as LAIT's and are merged in one statement, all or nothing.
/// </summary>
public static class TidyImport
{
    /// <summary>The kind's name on the command line.</summary>
    public const string Kind = "dfe-tidy";

    /// <summary>Imports the figures in <paramref name="text"/> through the mapping in <paramref name="options"/>, all or nothing.</summary>
    public static async Task<ImportReport> ImportAsync(WaymarkDb db, TextReader text, string fileName, ImportOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(options);
        var problems = new FileProblems();
        if (options.Mapping is not { } mapping)
        {
            problems.Add(fileName, 0, null, "A DfE tidy file is read through a mapping file that names each measure's columns: give it with --mapping FILE (see the user guide)");
            return new ImportReport(Kind, fileName, 0, 0, 0, problems, options.DryRun);
        }

        var measures = (await db.Indicators.AsNoTracking()
                .Select(i => new { i.Code, i.Id, i.Definition.YearType, i.Definition.Decimals, i.Definition.Unit })
                .ToListAsync(cancellationToken).ConfigureAwait(false))
            .ToDictionary(i => i.Code, i => (i.Id, i.YearType, i.Decimals, i.Unit), StringComparer.OrdinalIgnoreCase);
        foreach (TidyMeasure measure in mapping.Measures.Where(m => !measures.ContainsKey(m.Measure)))
        {
            problems.Add(mapping.FileName, measure.Line, "measure", $"'{measure.Measure}' is not a measure in the store: import it first (waymark import indicators, or lait-dictionary for a LAIT measure), or check the code");
        }

        if (problems.Any)
        {
            return new ImportReport(Kind, fileName, 0, 0, 0, problems, options.DryRun);
        }

        List<Area> areas = await db.Areas.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        Dictionary<int, int> laByNumber = await StoredAreas.ByNumberAsync(db, cancellationToken).ConfigureAwait(false);
        int? england = areas.FirstOrDefault(a => a.Kind == AreaKinds.England)?.Id;
        var regions = new Dictionary<string, int>(RegionNames.Comparer);
        foreach (Area region in areas.Where(a => a.Kind == AreaKinds.Region).OrderBy(a => a.Code, StringComparer.Ordinal))
        {
            regions.TryAdd(region.Name, region.Id);
        }

        await using ImportSession session = await ImportSession.BeginAsync(db, cancellationToken).ConfigureAwait(false);
        long rows = 0;
        using (StagingTable staging = AreaValueStaging.Create(session))
        {
            var firstLines = new Dictionary<(int Indicator, int Year, int Area), long>();
            var values = new object?[AreaValueStaging.Columns.Length];
            foreach (TidyRow row in TidyFile.Read(text, fileName, mapping, problems))
            {
                rows++;
                (int id, YearType yearType, int decimals, Unit unit) = measures[row.Measure.Measure];
                int? areaId = row.Kind switch
                {
                    AreaKind.England => england,
                    AreaKind.Region => regions.TryGetValue(row.Name, out int r) ? r : null,
                    _ => laByNumber.TryGetValue(row.Number, out int la) ? la : null,
                };
                if (areaId is not int area)
                {
                    string what = row.Kind switch
                    {
                        AreaKind.England => "England",
                        AreaKind.Region => $"the region '{row.Name}'",
                        _ => $"{row.Number.ToString("D3", CultureInfo.InvariantCulture)} ({row.Name})",
                    };
                    problems.Add(fileName, row.Line, row.Kind == AreaKind.Region ? "region_name" : row.Kind == AreaKind.England ? "geographic_level" : "old_la_code", $"{what} is not an area in the store: import the list of LAs and regions first (waymark import areas)");
                    continue;
                }

                if (CountProblem(row, unit) is { } countProblem)
                {
                    problems.Add(fileName, row.Line, countProblem.Column, countProblem.Message);
                    continue;
                }

                if (!firstLines.TryAdd((id, row.Year, area), row.Line))
                {
                    problems.Add(fileName, row.Line, "time_period", $"{row.Measure.Measure} already has a figure for {row.Name} in {row.Year.ToString(CultureInfo.InvariantCulture)} on line {firstLines[(id, row.Year, area)]}: if the file has a breakdown, pick one of its rows with filter_column and filter_value in the mapping");
                    continue;
                }

                if (problems.Any)
                {
                    continue;
                }

                ReportingPeriod period = row.Period(yearType);
                values[0] = id;
                values[1] = area;
                values[2] = period.ToString();
                values[3] = period.Start;
                values[4] = row.Value is { } v ? DecimalRounding.HalfUp(v, decimals) : null;
                values[5] = row.Marker;
                values[6] = row.Numerator;
                values[7] = row.Denominator;
                staging.Add(values);
            }

            if (!problems.Any)
            {
                staging.Complete();
            }
        }

        if (problems.Any)
        {
            return await session.FinishAsync(new ImportReport(Kind, fileName, rows, 0, 0, problems, options.DryRun), options, cancellationToken).ConfigureAwait(false);
        }

        (long added, long changed) = AreaValueStaging.MergeInto(session, options, counts: true);
        return await session.FinishAsync(new ImportReport(Kind, fileName, rows, added, changed, problems, options.DryRun), options, cancellationToken).ConfigureAwait(false);
    }

    private static (string Column, string Message)? CountProblem(TidyRow row, Unit unit)
    {
        TidyMeasure m = row.Measure;
        if (row.Denominator is { } d && d < 0m)
        {
            return (m.Denominator!, $"The denominator of {m.Measure} for {row.Name} is {d.ToString(CultureInfo.InvariantCulture)}: a denominator must be 0 or more, or withheld (c, x, z)");
        }

        if (row.Numerator is { } n && n < 0m)
        {
            return (m.Numerator!, $"The count of {m.Measure} for {row.Name} is {n.ToString(CultureInfo.InvariantCulture)}: a count must be 0 or more");
        }

        return unit == Unit.Percent && row.Numerator is { } c && row.Denominator is { } o && c > o
            ? (m.Numerator!, $"The count of {m.Measure} for {row.Name} is {c.ToString(CultureInfo.InvariantCulture)}, more than its denominator {o.ToString(CultureInfo.InvariantCulture)}: a percentage's count cannot be more than what it is out of")
            : null;
    }
}
