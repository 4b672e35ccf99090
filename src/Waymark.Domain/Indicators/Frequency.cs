namespace Waymark.Indicators;

/// <summary>How often an indicator is reported.</summary>
public enum Frequency
{
    /// <summary>Every month.</summary>
    Monthly = 0,

    /// <summary>Every financial quarter.</summary>
    Quarterly = 1,

    /// <summary>Once a year.</summary>
    Annual = 2,
}
