using System.Globalization;

using Microsoft.EntityFrameworkCore;

using Waymark.Data.Store;

namespace Waymark.Data.Imports;

/// <summary>The ids of the stored areas that have a DfE number (LAs, regions, England), by number.</summary>
internal static class StoredAreas
{
    public static async Task<Dictionary<int, int>> ByNumberAsync(WaymarkDb db, CancellationToken cancellationToken)
    {
        var byNumber = new Dictionary<int, int>();
        foreach (var area in await db.Areas.AsNoTracking().Select(a => new { a.Id, a.Code }).ToListAsync(cancellationToken).ConfigureAwait(false))
        {
            if (int.TryParse(area.Code, NumberStyles.None, CultureInfo.InvariantCulture, out int number))
            {
                byNumber[number] = area.Id;
            }
        }

        return byNumber;
    }
}
