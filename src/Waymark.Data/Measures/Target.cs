using Waymark.Periods;

namespace Waymark.Data.Measures;

/// <summary>A target for an indicator and period: annual, one year of a multi-year plan, or a quarterly profile.</summary>
public sealed class Target
{
    public int Id { get; set; }

    public int IndicatorId { get; set; }

    public ReportingPeriod Period { get; set; }

    /// <summary>The first day of <see cref="Period"/>, for ordering and ranges.</summary>
    public DateOnly PeriodStart { get; set; }

    public decimal Value { get; set; }

    /// <summary>Who set the target when it is set externally, such as the Youth Justice Board.</summary>
    public string? SetBy { get; set; }

    public bool Illustrative { get; set; }

    /// <summary>Incremented on every change; an edit made from an older version is refused.</summary>
    public int ConcurrencyVersion { get; set; }
}
