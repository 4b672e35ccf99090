using System.Globalization;

namespace Waymark.Domain.Tests;

/// <summary>Reads the decimals and dates that tests give as text, and prints values as a reader sees them.</summary>
internal static class Numbers
{
    public static decimal Dec(string text) => decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);

    public static decimal? DecOrNull(string? text) => text is null ? null : Dec(text);

    public static DateOnly Date(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Shown(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static string? Shown(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);
}
