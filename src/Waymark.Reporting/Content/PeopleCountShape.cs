namespace Waymark.Reporting.Content;

/// <summary>
/// Which cells of a <see cref="ReportTable"/> of counts of people are what, by column: the <paramref name="CountColumns"/>
/// hold counts (a figure cell's number), <paramref name="TotalColumn"/> (when given) holds each row's total of those
/// counts, <paramref name="TotalRow"/> says the last row holds each column's total, and each of
/// <paramref name="Ratios"/> is a column of percentages or rates worked out from two count columns of the same row.
/// A cell with no number in a count column takes no part.
/// </summary>
public sealed record PeopleCountShape(IReadOnlyList<int> CountColumns, int? TotalColumn = null, bool TotalRow = false, IReadOnlyList<RatioColumn>? Ratios = null);

/// <summary>A column of percentages or rates of <paramref name="NumeratorColumn"/>'s count out of <paramref name="DenominatorColumn"/>'s, row by row.</summary>
public sealed record RatioColumn(int Column, int NumeratorColumn, int DenominatorColumn);
