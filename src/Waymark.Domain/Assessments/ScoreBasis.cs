namespace Waymark.Assessments;

/// <summary>What a block's conversion bands are read against.</summary>
public enum ScoreBasis
{
    /// <summary>The total of its indicators' points.</summary>
    Total = 0,

    /// <summary>The average of its indicators' points (the total divided by the indicators that have a value).</summary>
    Average = 1,
}
