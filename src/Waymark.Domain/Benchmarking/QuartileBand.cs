namespace Waymark.Benchmarking;

/// <summary>The LAIT quartile band of a value, lettered from the best: A is the best quarter of LAs, D the worst.</summary>
public enum QuartileBand
{
    /// <summary>The best quarter.</summary>
    A = 1,

    /// <summary>The second-best quarter.</summary>
    B = 2,

    /// <summary>The second-worst quarter.</summary>
    C = 3,

    /// <summary>The worst quarter.</summary>
    D = 4,
}
