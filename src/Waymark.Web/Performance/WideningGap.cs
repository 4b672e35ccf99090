using Waymark.Data.Measures;
using Waymark.Gaps;
using Waymark.Periods;

namespace Waymark.Web.Performance;

/// <summary>A gap of a group in the council's own LA, against all or against the group it is set against, that is wider than a year earlier.</summary>
/// <param name="Indicator">The measure.</param>
/// <param name="AreaName">The council's LA.</param>
/// <param name="Period">The latest period with figures by group.</param>
/// <param name="Dimension">The breakdown.</param>
/// <param name="Group">The group.</param>
/// <param name="Gap">The gap, by <see cref="GapRules"/>.</param>
public sealed record WideningGap(Indicator Indicator, string AreaName, ReportingPeriod Period, BreakdownDimension Dimension, BreakdownGroup Group, GroupGap Gap);
