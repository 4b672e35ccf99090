using Waymark.Periods;

namespace Waymark.Variation;

/// <summary>
/// One calculation of an XmR chart: the points from the start of the series, or from a recalculation, to the next
/// recalculation or the end.
/// </summary>
/// <param name="From">The first period of the calculation.</param>
/// <param name="Recalculation">The recalculation that started it; null for the first.</param>
/// <param name="FirstPoint">The position of its first point in <see cref="XmrChart.Points"/>.</param>
/// <param name="Count">How many points it has.</param>
/// <param name="Limits">Its mean and limits; null when it has fewer points than the settings' minimum, so it is a run chart.</param>
public sealed record XmrSegment(ReportingPeriod From, Recalculation? Recalculation, int FirstPoint, int Count, XmrLimits? Limits)
{
    /// <summary>Whether the calculation is a run chart, without limits, special causes or icons, for want of points.</summary>
    public bool IsRunChart => Limits is null;
}
