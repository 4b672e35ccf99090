namespace Waymark.Data.Measures;

/// <summary>
/// One version of an indicator's definition. A new version starts whenever the definition changes; a change of
/// unit, polarity, aggregation, decimals or year type also marks a break in the series, after which results are not
/// compared with those before it.
/// </summary>
public sealed class IndicatorVersion
{
    public int Id { get; set; }

    public int IndicatorId { get; set; }

    public int Version { get; set; }

    /// <summary>The definition under this version: its title and rules.</summary>
    public required StoredDefinition Definition { get; set; }

    /// <summary>Whether results under this version cannot be compared with those under the one before.</summary>
    public bool SeriesBreak { get; set; }

    public DateTimeOffset ChangedAt { get; set; }

    public required string ChangedBy { get; set; }
}
