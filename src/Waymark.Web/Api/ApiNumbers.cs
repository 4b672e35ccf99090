using System.Globalization;

using Waymark.Indicators;

namespace Waymark.Web.Api;

/// <summary>Numbers as the API writes them: JSON numbers at the indicator's decimals (80.0, not 80).</summary>
public static class ApiNumbers
{
    /// <summary>The value rounded half up to <paramref name="decimals"/> and written with exactly that many.</summary>
    public static decimal? At(decimal? value, int decimals) =>
        value is { } v ? decimal.Parse(DecimalText(v, decimals), CultureInfo.InvariantCulture) : null;

    /// <summary>The value at the indicator's decimals.</summary>
    public static decimal? At(decimal? value, IndicatorDefinition indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return value is { } v ? At(indicator.Round(v), indicator.Decimals) : null;
    }

    private static string DecimalText(decimal value, int decimals) =>
        value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
