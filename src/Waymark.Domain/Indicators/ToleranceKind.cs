namespace Waymark.Indicators;

/// <summary>How a <see cref="Tolerance"/> is measured.</summary>
public enum ToleranceKind
{
    /// <summary>A percentage of the target: 5% of a target of 80 is 4.</summary>
    Relative = 0,

    /// <summary>A number of the indicator's own units.</summary>
    Absolute = 1,
}
