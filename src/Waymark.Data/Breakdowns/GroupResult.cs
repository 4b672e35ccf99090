using Waymark.Periods;
using Waymark.Results;

namespace Waymark.Data.Breakdowns;

/// <summary>The council's own result of an indicator for one group of a breakdown, as entered or imported.</summary>
public sealed class GroupResult
{
    public int Id { get; set; }

    public int IndicatorId { get; set; }

    public int GroupId { get; set; }

    public ReportingPeriod Period { get; set; }

    public DateOnly PeriodStart { get; set; }

    /// <summary>The value at the indicator's decimals, given or worked out from the numerator and denominator.</summary>
    public decimal? Value { get; set; }

    public decimal? Numerator { get; set; }

    public decimal? Denominator { get; set; }

    public bool Provisional { get; set; }

    public DataQuality DataQuality { get; set; }

    public string? Commentary { get; set; }

    public required string EnteredBy { get; set; }

    public DateTimeOffset EnteredAt { get; set; }

    public bool Illustrative { get; set; }
}
