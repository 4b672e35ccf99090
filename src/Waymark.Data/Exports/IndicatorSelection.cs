using Microsoft.EntityFrameworkCore;

using Waymark.Data.Measures;
using Waymark.Data.Store;

namespace Waymark.Data.Exports;

/// <summary>The indicators an export covers: every stored indicator, or the one with a given code.</summary>
public sealed class IndicatorSelection
{
    private IndicatorSelection(IReadOnlyList<Indicator> indicators, int? onlyId)
    {
        Indicators = indicators;
        OnlyId = onlyId;
    }

    /// <summary>The indicators, in the order they were first stored.</summary>
    public IReadOnlyList<Indicator> Indicators { get; }

    /// <summary>The id of the one indicator chosen; <see langword="null"/> when every indicator is.</summary>
    public int? OnlyId { get; }

    /// <summary>
    /// Every stored indicator, or only the one whose code is <paramref name="code"/> (matched without regard to case,
    /// as imports match codes); <see langword="null"/> when no indicator has that code.
    /// </summary>
    public static async Task<IndicatorSelection?> LoadAsync(WaymarkDb db, string? code, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        List<Indicator> all = await db.Indicators.AsNoTracking().OrderBy(i => i.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        if (code is null)
        {
            return new IndicatorSelection(all, null);
        }

        Indicator? match = all.Find(i => string.Equals(i.Code, code.Trim(), StringComparison.OrdinalIgnoreCase));
        return match is null ? null : new IndicatorSelection([match], match.Id);
    }
}
