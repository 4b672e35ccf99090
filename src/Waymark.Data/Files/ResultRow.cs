using Waymark.Periods;
using Waymark.Results;

namespace Waymark.Data.Files;

/// <summary>One good row of a results file.</summary>
/// <param name="Indicator">The indicator's position in the <see cref="IndicatorSet"/>.</param>
/// <param name="Period">The period the result is for.</param>
/// <param name="Result">The result, its value worked out and rounded by the domain rules.</param>
/// <param name="Line">The line of the file the row starts on.</param>
/// <param name="Provisional">Whether the optional <c>provisional</c> column says the figure may still change.</param>
/// <param name="Illustrative">Whether the optional <c>source</c> column says <c>illustrative</c> (an invented figure).</param>
/// <param name="Breakdown">The optional <c>breakdown</c> column: the dimension of a group's result, such as <c>sen_status</c>; null for the whole population.</param>
/// <param name="Group">The optional <c>group</c> column: the group of <paramref name="Breakdown"/>, such as <c>ehcp</c>; null for the whole population.</param>
public readonly record struct ResultRow(
    int Indicator,
    ReportingPeriod Period,
    IndicatorResult Result,
    long Line,
    bool Provisional = false,
    bool Illustrative = false,
    string? Breakdown = null,
    string? Group = null);
