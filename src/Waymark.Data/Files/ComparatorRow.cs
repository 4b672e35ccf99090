using Waymark.Periods;

namespace Waymark.Data.Files;

/// <summary>One good row of a comparators file.</summary>
/// <param name="Indicator">The indicator's position in the <see cref="IndicatorSet"/>.</param>
/// <param name="Period">The period the value is for.</param>
/// <param name="Area">The area the value is for.</param>
/// <param name="Value">The value as given.</param>
/// <param name="Line">The line of the file the row is on.</param>
public readonly record struct ComparatorRow(int Indicator, ReportingPeriod Period, ComparatorArea Area, decimal Value, long Line);
