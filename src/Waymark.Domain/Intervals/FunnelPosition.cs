namespace Waymark.Intervals;

/// <summary>Where an area lies on a funnel plot against the limits at its denominator.</summary>
public enum FunnelPosition
{
    /// <summary>Within the 95% limits, either end included.</summary>
    Within = 0,

    /// <summary>Above the upper 95% limit, not above the upper 99.8% limit.</summary>
    Above95 = 1,

    /// <summary>Above the upper 99.8% limit.</summary>
    Above998 = 2,

    /// <summary>Below the lower 95% limit, not below the lower 99.8% limit.</summary>
    Below95 = 3,

    /// <summary>Below the lower 99.8% limit.</summary>
    Below998 = 4,
}
