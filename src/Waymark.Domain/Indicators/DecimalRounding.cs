namespace Waymark.Indicators;

/// <summary>Rounding as the Department for Education publishes figures.</summary>
public static class DecimalRounding
{
    private static readonly int[] PowersOfTen = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000];

    /// <summary>
    /// Rounds half away from zero ("half up"): 2.45 to one decimal is 2.5 and -2.45 is -2.5. The result carries
    /// exactly <paramref name="decimals"/> (0-8) decimal places, so 80 to one decimal is 80.0.
    /// </summary>
    public static decimal HalfUp(decimal value, int decimals)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(decimals, PowersOfTen.Length - 1);
        decimal rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        int missing = decimals - rounded.Scale;

        // Multiplying by 1.00 (1 with the missing scale) adds trailing zeros exactly.
        return missing > 0 ? rounded * new decimal(PowersOfTen[missing], 0, 0, false, (byte)missing) : rounded;
    }
}
