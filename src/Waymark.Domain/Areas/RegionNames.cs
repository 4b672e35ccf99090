namespace Waymark.Areas;

/// <summary>
/// Matches region names across DfE files, which spell them differently: LAIT's LA list writes
/// <c>Yorkshire and The Humber</c> and <c>Inner London</c> where the statistical neighbour models write
/// <c>Yorkshire and the Humber</c> and <c>London (Inner)</c>. Two names are the same region when they are equal
/// without regard to case or repeated spaces once <c>London (Inner)</c> and <c>London (Outer)</c> are read as
/// <c>Inner London</c> and <c>Outer London</c>.
/// </summary>
public static class RegionNames
{
    private static readonly string[] Known =
    [
        "North East", "North West", "Yorkshire and The Humber", "East Midlands", "West Midlands", "East of England",
        "London", "Inner London", "Outer London", "South East", "South West",
    ];

    private static readonly Dictionary<string, string> Spellings = BuildSpellings();

    /// <summary>The names of the nine regions of England and of Inner and Outer London, as written by <see cref="Normalise"/>.</summary>
    public static IReadOnlyList<string> All => Known;

    /// <summary>Compares region names as <see cref="Normalise"/> reads them, without regard to case.</summary>
    public static IEqualityComparer<string> Comparer { get; } = new RegionNameComparer();

    /// <summary>
    /// The name of a known region in one spelling (<c>London (Inner)</c> and <c>inner london</c> are both
    /// <c>Inner London</c>); any other name trimmed, with runs of spaces made one.
    /// </summary>
    public static string Normalise(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        string tidy = string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return Spellings.TryGetValue(tidy, out string? known) ? known : tidy;
    }

    /// <summary>Whether <paramref name="name"/> is one of <see cref="All"/> in any spelling <see cref="Normalise"/> accepts.</summary>
    public static bool IsKnown(string name) => Spellings.ContainsKey(Normalise(name));

    private static Dictionary<string, string> BuildSpellings()
    {
        var spellings = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (string name in Known)
        {
            spellings.Add(name, name);
        }

        // The DfE statistical neighbour models and LAIT's own area rows name the halves of London this way.
        spellings.Add("London (Inner)", "Inner London");
        spellings.Add("London (Outer)", "Outer London");
        return spellings;
    }

    private sealed class RegionNameComparer : IEqualityComparer<string>
    {
        public bool Equals(string? x, string? y) =>
            x is null || y is null ? ReferenceEquals(x, y) : string.Equals(Normalise(x), Normalise(y), StringComparison.OrdinalIgnoreCase);

        public int GetHashCode(string obj) => StringComparer.OrdinalIgnoreCase.GetHashCode(Normalise(obj));
    }
}
