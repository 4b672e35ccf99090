namespace Waymark.Results;

/// <summary>The words for a result's data quality in files, forms, the API and the store: <c>ok</c> and <c>withheld</c>.</summary>
public static class DataQualityCodes
{
    /// <summary>The accepted words, separated by <c>|</c>: an empty field means <c>ok</c>.</summary>
    public const string Choices = "ok|withheld";

    /// <summary><c>ok</c> or <c>withheld</c>.</summary>
    public static string ToCode(this DataQuality quality) => quality switch
    {
        DataQuality.Ok => "ok",
        DataQuality.Withheld => "withheld",
        _ => throw new ArgumentOutOfRangeException(nameof(quality), quality, "Unknown data quality."),
    };

    /// <summary>
    /// Reads <c>ok</c> or <c>withheld</c>, ignoring case and surrounding spaces; empty text is <see cref="DataQuality.Ok"/>.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> s, out DataQuality quality)
    {
        ReadOnlySpan<char> text = s.Trim();
        if (text.IsEmpty || text.Equals("ok", StringComparison.OrdinalIgnoreCase))
        {
            quality = DataQuality.Ok;
            return true;
        }

        quality = DataQuality.Withheld;
        return text.Equals("withheld", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Reads a code already known to be one of <see cref="Choices"/>, such as one the store wrote: <c>ok</c> or
    /// <c>withheld</c>, as <see cref="TryParse"/> reads them.
    /// </summary>
    /// <exception cref="FormatException">The text is not a data quality code.</exception>
    public static DataQuality Parse(string code) =>
        TryParse(code, out DataQuality quality) ? quality : throw new FormatException($"'{code}' is not a data quality code: {Choices}");
}
