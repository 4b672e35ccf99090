using Waymark.Periods;
using Waymark.Variation;

namespace Waymark.Data.Measures;

/// <summary>
/// A point from which an officer has the mean and limits of an indicator's XmR chart worked out again, with the
/// reason they gave; one for a period of an indicator.
/// </summary>
public sealed class RecalculationPoint
{
    public int Id { get; set; }

    public int IndicatorId { get; set; }

    /// <summary>The first period of the new calculation.</summary>
    public ReportingPeriod Period { get; set; }

    /// <summary>Why the limits are worked out again, in the officer's words.</summary>
    public required string Reason { get; set; }

    public required string AddedBy { get; set; }

    public DateTimeOffset AddedAt { get; set; }

    /// <summary>The recalculation the rules apply.</summary>
    public Recalculation ToDomain() => Recalculation.ByOfficer(Period, Reason);
}
