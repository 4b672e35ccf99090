using Microsoft.EntityFrameworkCore;

using Waymark.Data.Files;
using Waymark.Data.Measures;
using Waymark.Data.Store;

namespace Waymark.Data.Imports;

/// <summary>The indicators already stored, by position as an <see cref="IndicatorSet"/> sees them, with their ids.</summary>
internal sealed class StoredIndicators
{
    private StoredIndicators(List<Indicator> indicators)
    {
        Records = indicators;
        Set = new IndicatorSet(indicators.Select(i => i.ToDefinition()));
    }

    public IReadOnlyList<Indicator> Records { get; }

    public IndicatorSet Set { get; }

    public int IdAt(int position) => Records[position].Id;

    public static async Task<StoredIndicators> LoadAsync(WaymarkDb db, CancellationToken cancellationToken) =>
        new(await db.Indicators.AsNoTracking().OrderBy(i => i.Id).ToListAsync(cancellationToken).ConfigureAwait(false));
}
