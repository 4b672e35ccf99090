using Waymark.Periods;

namespace Waymark.Data.Files;

/// <summary>
/// Reading typed values out of fields, with messages that quote the value and say what is expected. Figures are read
/// by <see cref="Waymark.Figures.FigureText.TryParse"/>, the same rules as in forms and the API.
/// </summary>
internal static class Fields
{
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
