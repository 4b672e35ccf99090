using Waymark.Indicators;
using Waymark.Periods;

namespace Waymark.Data.Files;

/// <summary>One row of a LAIT long-format file: a measure's figure for one area and year.</summary>
/// <param name="Measure">The measure's code, LAIT's <c>Short Desc</c> (<c>ReReferral</c>).</param>
/// <param name="Year">The calendar year the period ends in (see <see cref="Period"/>); <c>2024-25</c> is read as 2025.</param>
/// <param name="Area">The area's DfE number: an LA, 970 for England, 980-990 for a region.</param>
/// <param name="AreaName">The area's name as published.</param>
/// <param name="Value">The figure exactly as written, float noise included; <see langword="null"/> when there is none.</param>
/// <param name="Marker">The symbol written instead of a figure (<c>-</c>, <c>c</c>, <c>x</c>, <c>z</c>, <c>..</c>, <c>:</c>, or empty); <see langword="null"/> when there is a figure.</param>
/// <param name="Line">The line of the file the row is on.</param>
public readonly record struct LaitRow(string Measure, int Year, int Area, string AreaName, decimal? Value, string? Marker, long Line)
{
    /// <summary>The period of <paramref name="yearType"/> the figure is for: 2024 of a financial-year measure is 2023/24.</summary>
    public ReportingPeriod Period(YearType yearType) => ReportingPeriod.EndingIn(yearType, Year);

    /// <summary>
    /// The figure rounded half up to the measure's <paramref name="decimals"/>, which takes away float noise:
    /// 10.199999999999999 to one decimal is 10.2.
    /// </summary>
    public decimal? RoundedValue(int decimals) => Value is { } v ? DecimalRounding.HalfUp(v, decimals) : null;
}
