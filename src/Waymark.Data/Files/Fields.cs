using System.Globalization;

using Waymark.Periods;

namespace Waymark.Data.Files;

/// <summary>Reading typed values out of fields, with messages that quote the value and say what is expected.</summary>
internal static class Fields
{
    private const NumberStyles NumberStyle = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite;

    /// <summary>Reads an optional number in the invariant culture: empty is <see langword="null"/>.</summary>
    public static bool TryNumber(ReadOnlySpan<char> text, out decimal? value, out string? error)
    {
        value = null;
        error = null;
        ReadOnlySpan<char> t = text.Trim();
        if (t.IsEmpty)
        {
            return true;
        }

        if (decimal.TryParse(t, NumberStyle, CultureInfo.InvariantCulture, out decimal d))
        {
            value = d;
            return true;
        }

        error = NotANumber(t);
        return false;
    }

    /// <summary>Why <paramref name="text"/> is not a number, naming it.</summary>
    public static string NotANumber(ReadOnlySpan<char> text)
    {
        int comma = text.IndexOf(',');
        if (comma >= 0)
        {
            string suggestion = text.Count(',') == 1 && text.Length - comma - 1 is > 0 and not 3
                ? $"{text[..comma]}.{text[(comma + 1)..]}"
                : text.ToString().Replace(",", string.Empty, StringComparison.Ordinal);
            return $"'{text}' is not a number: use a point for decimals and no thousands separators (for example {suggestion})";
        }

        if (text.IndexOf('%') >= 0)
        {
            return $"'{text}' is not a number: leave out the % sign (the unit says it is a percentage)";
        }

        return $"'{text}' is not a number";
    }

    /// <summary>Reads a period, or says why the text is not one.</summary>
    public static bool TryPeriod(ReadOnlySpan<char> text, out ReportingPeriod period, out string? error) =>
        ReportingPeriod.TryParse(text, out period, out error);

    /// <summary>Reads an optional yes/no field: empty, yes, no, true, false, y, n, 1 or 0.</summary>
    public static bool TryYesNo(ReadOnlySpan<char> text, out bool value)
    {
        ReadOnlySpan<char> t = text.Trim();
        value = t.Equals("yes", StringComparison.OrdinalIgnoreCase) || t.Equals("true", StringComparison.OrdinalIgnoreCase)
            || t.Equals("y", StringComparison.OrdinalIgnoreCase) || t.Equals("1", StringComparison.Ordinal);
        return value || t.IsEmpty || t.Equals("no", StringComparison.OrdinalIgnoreCase) || t.Equals("false", StringComparison.OrdinalIgnoreCase)
            || t.Equals("n", StringComparison.OrdinalIgnoreCase) || t.Equals("0", StringComparison.Ordinal);
    }

    /// <summary>Whether a <c>source</c> field marks a row as invented for illustration.</summary>
    public static bool IsIllustrative(ReadOnlySpan<char> source) => source.Trim().Equals("illustrative", StringComparison.OrdinalIgnoreCase);
}
