using Waymark.Periods;
using Waymark.Results;

namespace Waymark.Data.Measures;

/// <summary>An indicator's result for a period, as entered or imported.</summary>
public sealed class Result
{
    public int Id { get; set; }

    public int IndicatorId { get; set; }

    public ReportingPeriod Period { get; set; }

    /// <summary>The first day of <see cref="Period"/>, for ordering and ranges.</summary>
    public DateOnly PeriodStart { get; set; }

    /// <summary>The value at the indicator's decimals, given or worked out from the numerator and denominator.</summary>
    public decimal? Value { get; set; }

    public decimal? Numerator { get; set; }

    public decimal? Denominator { get; set; }

    /// <summary>Whether the figure may still change (for example before a statutory return is final).</summary>
    public bool Provisional { get; set; }

    public DataQuality DataQuality { get; set; }

    public string? DataQualityNote { get; set; }

    public string? Commentary { get; set; }

    public decimal? PredictedYearEnd { get; set; }

    public required string EnteredBy { get; set; }

    public DateTimeOffset EnteredAt { get; set; }

    public bool Illustrative { get; set; }

    /// <summary>Incremented on every change; an edit made from an older version is refused.</summary>
    public int ConcurrencyVersion { get; set; }

    /// <summary>The result as the domain rules see it.</summary>
    public IndicatorResult ToDomain() => new(Value, Numerator, Denominator, PredictedYearEnd, DataQuality, Commentary);
}
