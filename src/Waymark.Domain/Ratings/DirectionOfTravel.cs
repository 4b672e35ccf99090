namespace Waymark.Ratings;

/// <summary>How a value compares with the same period one year earlier.</summary>
public enum DirectionOfTravel
{
    /// <summary>One of the two values is missing or withheld.</summary>
    NotComparable = 0,

    /// <summary>Better than a year earlier, by the indicator's polarity.</summary>
    Improving = 1,

    /// <summary>Equal to a year earlier at the indicator's decimals.</summary>
    Static = 2,

    /// <summary>Worse than a year earlier, by the indicator's polarity.</summary>
    Deteriorating = 3,

    /// <summary>Higher than a year earlier, for an indicator without polarity.</summary>
    Increased = 4,

    /// <summary>Lower than a year earlier, for an indicator without polarity.</summary>
    Decreased = 5,
}
