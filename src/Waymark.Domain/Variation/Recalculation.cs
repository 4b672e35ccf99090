using Waymark.Periods;

namespace Waymark.Variation;

/// <summary>
/// A point from which an XmR chart's mean and limits are worked out again from that period's value and those after
/// it; the points before keep the limits they had.
/// </summary>
public sealed record Recalculation
{
    private Recalculation(ReportingPeriod from, RecalculationKind kind, string reason)
    {
        From = from;
        Kind = kind;
        Reason = reason;
    }

    /// <summary>The first period of the new calculation.</summary>
    public ReportingPeriod From { get; }

    /// <summary>Why the limits are worked out again.</summary>
    public RecalculationKind Kind { get; }

    /// <summary>The reason, in words a reader sees.</summary>
    public string Reason { get; }

    /// <summary>A recalculation from <paramref name="from"/> because the indicator's series breaks there.</summary>
    public static Recalculation SeriesBreak(ReportingPeriod from) =>
        new(from, RecalculationKind.SeriesBreak, "The indicator's definition changed");

    /// <summary>A recalculation an officer added from <paramref name="from"/>, with the reason they gave.</summary>
    /// <exception cref="ArgumentException">The reason is empty.</exception>
    public static Recalculation ByOfficer(ReportingPeriod from, string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return new(from, RecalculationKind.Officer, reason.Trim());
    }
}
