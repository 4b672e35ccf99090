using System.Globalization;

using Microsoft.EntityFrameworkCore;

using Waymark.Areas;
using Waymark.Data.Areas;
using Waymark.Data.Files;
using Waymark.Data.Store;
using Waymark.Indicators;

namespace Waymark.Data.Imports;

/// <summary>
/// Imports <c>comparators.csv</c> (<c>indicator,period,area,value</c>) into the published figures of each area: an
/// LA by its number, <c>England</c>, a region by name, or <c>Statistical neighbours</c> (an area of its own, added
/// the first time it is used). Values are rounded half up to the indicator's decimals; merged all or nothing.
/// </summary>
public static class ComparatorImport
{
    /// <summary>Imports the values in <paramref name="text"/>, all or nothing.</summary>
    public static async Task<ImportReport> ImportAsync(WaymarkDb db, TextReader text, string fileName, ImportOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(options);
        StoredIndicators indicators = await StoredIndicators.LoadAsync(db, cancellationToken).ConfigureAwait(false);
        var problems = new FileProblems();
        IReadOnlyList<ComparatorRow> rows = ComparatorFile.Read(text, fileName, indicators.Set, problems);

        await using ImportSession session = await ImportSession.BeginAsync(db, cancellationToken).ConfigureAwait(false);
        if (problems.Any)
        {
            return await session.FinishAsync(new ImportReport("comparators", fileName, rows.Count, 0, 0, problems, options.DryRun), options, cancellationToken).ConfigureAwait(false);
        }

        List<Area> areas = await db.Areas.ToListAsync(cancellationToken).ConfigureAwait(false);
        var regions = new Dictionary<string, Area>(RegionNames.Comparer);
        foreach (Area region in areas.Where(a => a.Kind == AreaKinds.Region).OrderBy(a => a.Code, StringComparer.Ordinal))
        {
            regions.TryAdd(region.Name, region);
        }

        Dictionary<string, Area> byCode = areas.ToDictionary(a => a.Code, StringComparer.Ordinal);
        Area? neighbours = areas.FirstOrDefault(a => a.Kind == AreaKinds.StatisticalNeighbours);
        if (neighbours is null && rows.Any(r => r.Area.Kind == AreaKind.StatisticalNeighbours))
        {
            neighbours = new Area { Code = ComparatorArea.StatisticalNeighboursWord, Name = ComparatorArea.StatisticalNeighboursWord, Kind = AreaKinds.StatisticalNeighbours };
            db.Areas.Add(neighbours);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }

        using (StagingTable staging = AreaValueStaging.Create(session))
        {
            var values = new object?[AreaValueStaging.Columns.Length];
            foreach (ComparatorRow row in rows)
            {
                Area? area = row.Area.Kind switch
                {
                    AreaKind.LocalAuthority => byCode.GetValueOrDefault(row.Area.Number.ToString("D3", CultureInfo.InvariantCulture)) is { Kind: AreaKinds.LocalAuthority } la ? la : null,
                    AreaKind.England => byCode.GetValueOrDefault(AreaKinds.EnglandCode),
                    AreaKind.Region => regions.GetValueOrDefault(row.Area.Region!),
                    _ => neighbours,
                };
                if (area is null)
                {
                    problems.Add(fileName, row.Line, "area", $"'{row.Area}' is not an area in the store: import the list of LAs and regions first (waymark import areas)");
                    continue;
                }

                if (problems.Any)
                {
                    continue;
                }

                IndicatorDefinition definition = indicators.Set.All[row.Indicator];
                values[0] = indicators.IdAt(row.Indicator);
                values[1] = area.Id;
                values[2] = row.Period.ToString();
                values[3] = row.Period.Start;
                values[4] = DecimalRounding.HalfUp(row.Value, definition.Decimals);
                values[5] = null;
                staging.Add(values);
            }

            if (!problems.Any)
            {
                staging.Complete();
            }
        }

        if (problems.Any)
        {
            return await session.FinishAsync(new ImportReport("comparators", fileName, rows.Count, 0, 0, problems, options.DryRun), options, cancellationToken).ConfigureAwait(false);
        }

        (long added, long changed) = AreaValueStaging.MergeInto(session, options);
        return await session.FinishAsync(new ImportReport("comparators", fileName, rows.Count, added, changed, problems, options.DryRun), options, cancellationToken).ConfigureAwait(false);
    }
}
