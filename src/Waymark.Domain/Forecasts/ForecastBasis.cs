namespace Waymark.Forecasts;

/// <summary>How a predicted year-end value was arrived at.</summary>
public enum ForecastBasis
{
    /// <summary>The officer's own figure.</summary>
    Officer = 0,

    /// <summary>A cumulative indicator's year to date projected to the whole year.</summary>
    Projected = 1,

    /// <summary>The latest value, for a snapshot or ratio indicator, or for a whole year.</summary>
    Latest = 2,
}
