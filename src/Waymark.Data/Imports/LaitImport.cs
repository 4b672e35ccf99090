using System.Globalization;

using Microsoft.EntityFrameworkCore;

using Waymark.Data.Files;
using Waymark.Data.Store;
using Waymark.Periods;

namespace Waymark.Data.Imports;

/// <summary>
/// Imports DfE LAIT's long format (<c>Short Desc,Years,LA Number,LA and Regions,Values</c>) into the published
/// figures of each area. Each row belongs to the stored indicator whose code is its <c>Short Desc</c>; its
/// <c>Years</c> is the period of the indicator's year type that ends in that year (2024 of a financial-year measure
/// is 2023/24); a figure is rounded half up to the indicator's decimals, which takes away float noise; a marker
/// (<c>-</c>, <c>c</c>, <c>x</c>, <c>z</c>, <c>..</c>, <c>:</c>) is kept with no value. The rows are streamed into a
/// staging table (binary COPY on PostgreSQL) and merged in one statement, all or nothing.
/// </summary>
public static class LaitImport
{
    /// <summary>Imports the figures in <paramref name="text"/>, all or nothing.</summary>
    public static async Task<ImportReport> ImportAsync(WaymarkDb db, TextReader text, string fileName, ImportOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(options);
        var measures = (await db.Indicators.AsNoTracking()
                .Select(i => new { i.Code, i.Id, i.Definition.YearType, i.Definition.Decimals })
                .ToListAsync(cancellationToken).ConfigureAwait(false))
            .ToDictionary(i => i.Code, i => (i.Id, i.YearType, i.Decimals), StringComparer.OrdinalIgnoreCase);
        Dictionary<int, int> areas = await StoredAreas.ByNumberAsync(db, cancellationToken).ConfigureAwait(false);

        var problems = new FileProblems();
        await using ImportSession session = await ImportSession.BeginAsync(db, cancellationToken).ConfigureAwait(false);
        long rows = 0;
        using (StagingTable staging = AreaValueStaging.Create(session))
        {
            var firstLines = new Dictionary<(int Indicator, int Year, int Area), long>();
            var values = new object?[AreaValueStaging.Columns.Length];
            foreach (LaitRow row in LaitFile.Read(text, fileName, problems))
            {
                rows++;
                if (!measures.TryGetValue(row.Measure, out (int Id, YearType YearType, int Decimals) measure))
                {
                    problems.Add(fileName, row.Line, "Short Desc", $"'{row.Measure}' is not a measure in the store: import the LAIT data dictionary first (waymark import lait-dictionary), or check the code");
                    continue;
                }

                if (!areas.TryGetValue(row.Area, out int areaId))
                {
                    problems.Add(fileName, row.Line, "LA Number", $"{row.Area} ({row.AreaName}) is not an area in the store: import the list of LAs and regions first (waymark import areas)");
                    continue;
                }

                if (!firstLines.TryAdd((measure.Id, row.Year, areaId), row.Line))
                {
                    problems.Add(fileName, row.Line, "LA Number", $"{row.Measure} already has a value for {row.Area} ({row.AreaName}) in {row.Year.ToString(CultureInfo.InvariantCulture)} on line {firstLines[(measure.Id, row.Year, areaId)]}");
                    continue;
                }

                if (problems.Any)
                {
                    continue;
                }

                ReportingPeriod period = row.Period(measure.YearType);
                values[0] = measure.Id;
                values[1] = areaId;
                values[2] = period.ToString();
                values[3] = period.Start;
                values[4] = row.RoundedValue(measure.Decimals);
                values[5] = string.IsNullOrEmpty(row.Marker) ? null : row.Marker;
                staging.Add(values);
            }

            if (!problems.Any)
            {
                staging.Complete();
            }
        }

        if (problems.Any)
        {
            return await session.FinishAsync(new ImportReport("lait", fileName, rows, 0, 0, problems, options.DryRun), options, cancellationToken).ConfigureAwait(false);
        }

        (long added, long changed) = AreaValueStaging.MergeInto(session, options);
        return await session.FinishAsync(new ImportReport("lait", fileName, rows, added, changed, problems, options.DryRun), options, cancellationToken).ConfigureAwait(false);
    }
}
