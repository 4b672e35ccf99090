using Waymark.Periods;

namespace Waymark.Data.Areas;

/// <summary>
/// A published value of a measure for an area and period, used to compare and benchmark. A suppressed or missing
/// value is kept with its marker (<c>-</c>, <c>c</c>, <c>x</c>, <c>z</c>, <c>..</c>) and no value.
/// </summary>
public sealed class AreaValue
{
    public long Id { get; set; }

    public int IndicatorId { get; set; }

    public int AreaId { get; set; }

    public ReportingPeriod Period { get; set; }

    public DateOnly PeriodStart { get; set; }

    public decimal? Value { get; set; }

    public string? Suppression { get; set; }

    /// <summary>The count the value was worked out from, when the publisher gives it (DfE's tidy files do).</summary>
    public decimal? Numerator { get; set; }

    /// <summary>What the count is out of, when the publisher gives it.</summary>
    public decimal? Denominator { get; set; }
}
