using Microsoft.EntityFrameworkCore;

using Waymark.Areas;
using Waymark.Data.Areas;
using Waymark.Data.Files;
using Waymark.Data.Store;

namespace Waymark.Data.Imports;

/// <summary>
/// Imports LAIT's list of areas (<c>la_code_list.csv</c>, or the lookup <c>lait_la_and_region_lookup.csv</c>):
/// England, the regions and every LA, each LA linked to its region (matched by name in any spelling
/// <see cref="RegionNames"/> knows). Areas are matched by number; a changed name, type or region is updated, and a
/// file without types keeps the types stored. All or nothing, every change audited.
/// </summary>
public static class AreaImport
{
    /// <summary>Imports the areas in <paramref name="text"/>, all or nothing.</summary>
    public static async Task<ImportReport> ImportAsync(WaymarkDb db, TextReader text, string fileName, ImportOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(options);
        var problems = new FileProblems();
        IReadOnlyList<(AreaRow Row, long Line)> rows = AreaFile.ReadWithLines(text, fileName, problems);
        await using ImportSession session = await ImportSession.BeginAsync(db, cancellationToken).ConfigureAwait(false);
        if (problems.Any)
        {
            return await session.FinishAsync(new ImportReport("areas", fileName, rows.Count, 0, 0, problems, options.DryRun), options, cancellationToken).ConfigureAwait(false);
        }

        Dictionary<string, Area> stored = await db.Areas.ToDictionaryAsync(a => a.Code, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);
        long added = 0, changed = 0;
        void Store(AreaRow row, int? regionId)
        {
            string code = row.Number.ToString(System.Globalization.CultureInfo.InvariantCulture);
            string kind = AreaKinds.ToCode(row.Kind);
            stored.TryGetValue(code, out Area? area);
            string? type = row.Kind == AreaKind.LocalAuthority ? row.Type ?? area?.LaType : null;
            if (area is null)
            {
                area = new Area { Code = code, Name = row.Name, Kind = kind, RegionId = regionId, LaType = type };
                db.Areas.Add(area);
                stored.Add(code, area);
                added++;
            }
            else if (area.Name != row.Name || area.Kind != kind || area.RegionId != regionId || area.LaType != type)
            {
                (area.Name, area.Kind, area.RegionId, area.LaType) = (row.Name, kind, regionId, type);
                changed++;
            }
        }

        // England and the regions first, so that each LA can be linked to its region.
        foreach ((AreaRow row, _) in rows.Where(r => r.Row.Kind != AreaKind.LocalAuthority))
        {
            Store(row, null);
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        var regions = new Dictionary<string, Area>(RegionNames.Comparer);
        foreach (Area region in stored.Values.Where(a => a.Kind == AreaKinds.Region).OrderBy(a => a.Code, StringComparer.Ordinal))
        {
            regions.TryAdd(region.Name, region);
        }

        foreach ((AreaRow row, long line) in rows.Where(r => r.Row.Kind == AreaKind.LocalAuthority))
        {
            if (!regions.TryGetValue(row.Region!, out Area? region))
            {
                problems.Add(fileName, line, "Region", $"'{row.Region}' is not a region in the file or the store: add the region's own row, such as 982,Yorkshire and the Humber,NA,NA");
                continue;
            }

            Store(row, region.Id);
        }

        if (!problems.Any)
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }

        return await session.FinishAsync(new ImportReport("areas", fileName, rows.Count, added, changed, problems, options.DryRun), options, cancellationToken).ConfigureAwait(false);
    }
}
