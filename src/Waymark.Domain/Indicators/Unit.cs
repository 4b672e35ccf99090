namespace Waymark.Indicators;

/// <summary>The unit an indicator's values are in.</summary>
public enum Unit
{
    /// <summary>A percentage: numerator / denominator x 100.</summary>
    Percent = 0,

    /// <summary>A count or other plain number: numerator / denominator.</summary>
    Number = 1,

    /// <summary>A rate per 1,000: numerator / denominator x 1,000.</summary>
    RatePer1000 = 2,

    /// <summary>A rate per 10,000: numerator / denominator x 10,000.</summary>
    RatePer10000 = 3,

    /// <summary>A rate per 100,000: numerator / denominator x 100,000.</summary>
    RatePer100000 = 4,

    /// <summary>A number of days: numerator / denominator (for example an average).</summary>
    Days = 5,

    /// <summary>An amount of money in pounds: numerator / denominator.</summary>
    Currency = 6,

    /// <summary>A score on a scale of its own: numerator / denominator.</summary>
    Score = 7,
}

/// <summary>What each <see cref="Unit"/> implies for values.</summary>
public static class Units
{
    /// <summary>What numerator / denominator is multiplied by to give a value in this unit.</summary>
    public static decimal Multiplier(this Unit unit) => unit switch
    {
        Unit.Percent => 100m,
        Unit.RatePer1000 => 1_000m,
        Unit.RatePer10000 => 10_000m,
        Unit.RatePer100000 => 100_000m,
        Unit.Number or Unit.Days or Unit.Currency or Unit.Score => 1m,
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unknown unit."),
    };
}
