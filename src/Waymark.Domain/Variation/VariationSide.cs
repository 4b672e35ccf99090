namespace Waymark.Variation;

/// <summary>Which way a special cause points.</summary>
public enum VariationSide
{
    /// <summary>Higher than expected: above the mean or a line, or rising.</summary>
    High = 0,

    /// <summary>Lower than expected: below the mean or a line, or falling.</summary>
    Low = 1,
}
