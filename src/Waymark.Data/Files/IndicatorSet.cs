using Waymark.Indicators;

namespace Waymark.Data.Files;

/// <summary>The indicators read from a file, looked up by code without regard to case.</summary>
public sealed class IndicatorSet
{
    private readonly Dictionary<string, int> byCode = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> bySpan;

    /// <summary>Indexes <paramref name="indicators"/>, whose codes must differ.</summary>
    public IndicatorSet(IEnumerable<IndicatorDefinition> indicators)
    {
        ArgumentNullException.ThrowIfNull(indicators);
        All = [.. indicators];
        for (int i = 0; i < All.Count; i++)
        {
            byCode.Add(All[i].Code, i);
        }

        bySpan = byCode.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The indicators in file order.</summary>
    public IReadOnlyList<IndicatorDefinition> All { get; }

    /// <summary>The position of the indicator with <paramref name="code"/> in <see cref="All"/>, or -1.</summary>
    public int IndexOf(ReadOnlySpan<char> code) => bySpan.TryGetValue(code, out int i) ? i : -1;
}
