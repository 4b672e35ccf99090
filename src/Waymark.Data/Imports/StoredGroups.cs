using Microsoft.EntityFrameworkCore;

using Waymark.Data.Store;

namespace Waymark.Data.Imports;

/// <summary>The ids of the stored groups of every breakdown, by dimension code and group code.</summary>
internal static class StoredGroups
{
    public static async Task<Dictionary<(string Dimension, string Group), int>> ByCodeAsync(WaymarkDb db, CancellationToken cancellationToken)
    {
        var groups = await db.DimensionGroups.AsNoTracking()
            .Join(db.Dimensions.AsNoTracking(), g => g.DimensionId, d => d.Id, (g, d) => new { Dimension = d.Code, Group = g.Code, g.Id })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return groups.ToDictionary(g => (g.Dimension, g.Group), g => g.Id);
    }

    /// <summary>What a person is told of a breakdown or group the store does not hold, with the ones it does.</summary>
    public static string Unknown(Dictionary<(string Dimension, string Group), int> groups, string breakdown, string group)
    {
        var ofDimension = groups.Keys.Where(k => k.Dimension == breakdown).Select(k => k.Group).Order(StringComparer.Ordinal).ToList();
        if (ofDimension.Count > 0)
        {
            return $"'{group}' is not a group of breakdown {breakdown}: its groups are {string.Join(", ", ofDimension)}";
        }

        var dimensions = groups.Keys.Select(k => k.Dimension).Distinct().Order(StringComparer.Ordinal).ToList();
        return dimensions.Count > 0
            ? $"'{breakdown}' is not a breakdown in the store: the breakdowns are {string.Join(", ", dimensions)}"
            : $"'{breakdown}' is not a breakdown in the store, which has none yet: import a file that defines it first (waymark import neet-dashboard)";
    }
}
