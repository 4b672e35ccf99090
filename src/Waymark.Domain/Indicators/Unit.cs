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

    /// <summary>
    /// Whether <paramref name="value"/> can be a value in this unit: a percentage lies in [0, 100]; counts, rates
    /// and days are not negative; money and scores may be anything.
    /// </summary>
    public static bool Allows(this Unit unit, decimal value) => unit switch
    {
        Unit.Percent => value is >= 0m and <= 100m,
        Unit.Number or Unit.RatePer1000 or Unit.RatePer10000 or Unit.RatePer100000 or Unit.Days => value >= 0m,
        _ => true,
    };

    /// <summary>The range <see cref="Allows"/> accepts, in words for a message.</summary>
    public static string AllowedRange(this Unit unit) => unit switch
    {
        Unit.Percent => "a percentage between 0 and 100",
        Unit.Number or Unit.RatePer1000 or Unit.RatePer10000 or Unit.RatePer100000 or Unit.Days => "0 or more",
        _ => "any number",
    };
}
