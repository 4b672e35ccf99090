using Waymark.Periods;

namespace Waymark.Data.Files;

/// <summary>One good row of a targets file.</summary>
/// <param name="Indicator">The indicator's position in the <see cref="IndicatorSet"/>.</param>
/// <param name="Period">The period the target is for.</param>
/// <param name="Target">The target, at the indicator's decimals.</param>
/// <param name="SetBy">Who set it, when set externally.</param>
/// <param name="Illustrative">Whether it is invented for illustration.</param>
/// <param name="Line">The line of the file the row is on.</param>
public readonly record struct TargetRow(int Indicator, ReportingPeriod Period, decimal Target, string? SetBy, bool Illustrative, long Line);
