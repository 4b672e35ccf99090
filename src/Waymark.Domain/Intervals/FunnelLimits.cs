namespace Waymark.Intervals;

/// <summary>
/// A funnel plot's limits at one denominator, in the unit of the values (a percentage, a rate): an area whose value
/// lies between a level's lower and upper limit, either included, is within that level's limits.
/// </summary>
/// <param name="Denominator">The denominator the limits are for.</param>
/// <param name="Lower95">The lower 95% limit.</param>
/// <param name="Upper95">The upper 95% limit.</param>
/// <param name="Lower998">The lower 99.8% limit.</param>
/// <param name="Upper998">The upper 99.8% limit.</param>
public readonly record struct FunnelLimits(decimal Denominator, decimal Lower95, decimal Upper95, decimal Lower998, decimal Upper998)
{
    /// <summary>Where <paramref name="value"/> lies against the limits: within the 95% limits (ends included), between them and the 99.8% limits, or beyond those, above or below.</summary>
    public FunnelPosition Place(decimal value) =>
        value > Upper998 ? FunnelPosition.Above998
        : value > Upper95 ? FunnelPosition.Above95
        : value < Lower998 ? FunnelPosition.Below998
        : value < Lower95 ? FunnelPosition.Below95
        : FunnelPosition.Within;
}
