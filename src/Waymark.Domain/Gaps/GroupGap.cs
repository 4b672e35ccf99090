namespace Waymark.Gaps;

/// <summary>
/// One gap of a group in an area and period: the group's figure, the figure it is compared with, the gap (the
/// group's value minus the compared value, in the measure's unit: percentage points for a percentage), the same gap
/// a year earlier, its direction and the side the group is on. <see cref="Gap"/> is null when either value is missing,
/// suppressed or withheld.
/// </summary>
public sealed record GroupGap(
    string Group,
    GapComparison ComparedWith,
    GroupFigure Value,
    GroupFigure ComparedValue,
    decimal? Gap,
    decimal? PreviousGap,
    GapDirection Direction,
    GapSide Side);
