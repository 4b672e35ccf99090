using Waymark.Periods;

namespace Waymark.Data.Breakdowns;

/// <summary>
/// A published value of a measure for one group of a breakdown in an area and period, such as the percentage of
/// Leeds' 16-17 year olds with an EHC plan who are NEET. A suppressed or missing value is kept with its marker
/// (<c>c</c>, <c>x</c>, <c>z</c>) and no value.
/// </summary>
public sealed class GroupAreaValue
{
    public long Id { get; set; }

    public int IndicatorId { get; set; }

    public int AreaId { get; set; }

    public int GroupId { get; set; }

    public ReportingPeriod Period { get; set; }

    public DateOnly PeriodStart { get; set; }

    public decimal? Value { get; set; }

    public string? Suppression { get; set; }

    /// <summary>How many people the group has, when published (a cohort such as an average of December to February).</summary>
    public decimal? Cohort { get; set; }
}
