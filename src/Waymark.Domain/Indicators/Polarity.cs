namespace Waymark.Indicators;

/// <summary>Which way is better for an indicator.</summary>
public enum Polarity
{
    /// <summary>No judgement: a data-only indicator, never rated, ranked or banded.</summary>
    None = 0,

    /// <summary>Higher values are better.</summary>
    Higher = 1,

    /// <summary>Lower values are better.</summary>
    Lower = 2,
}
