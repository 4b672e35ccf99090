using Waymark.Indicators;
using Waymark.Periods;

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

    public required string Title { get; set; }

    public Unit Unit { get; set; }

    public Polarity Polarity { get; set; }

    public Frequency Frequency { get; set; }

    public Aggregation Aggregation { get; set; }

    public required string Tolerance { get; set; }

    public int Decimals { get; set; }

    public YearType YearType { get; set; }

    /// <summary>Whether results under this version cannot be compared with those under the one before.</summary>
    public bool SeriesBreak { get; set; }

    public DateTimeOffset ChangedAt { get; set; }

    public required string ChangedBy { get; set; }
}
