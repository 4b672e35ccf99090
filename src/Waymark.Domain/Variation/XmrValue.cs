using Waymark.Periods;

namespace Waymark.Variation;

/// <summary>One value of an indicator's series, for its period: the value a reader sees, already rounded.</summary>
/// <param name="Period">The period.</param>
/// <param name="Value">The value.</param>
public readonly record struct XmrValue(ReportingPeriod Period, decimal Value);
