namespace Waymark.Targets;

/// <summary>Where the target that applies to a period came from.</summary>
public enum TargetBasis
{
    /// <summary>A target set for exactly this period (a quarterly profile, or an annual target for a year).</summary>
    Profiled = 0,

    /// <summary>The annual target of the year the period belongs to.</summary>
    Annual = 1,

    /// <summary>
    /// For a cumulative indicator without a target for the period: the annual target times the part of the year
    /// elapsed (quarters elapsed / 4, months elapsed / 12), rounded half up to the indicator's decimals.
    /// </summary>
    ProRata = 2,
}
