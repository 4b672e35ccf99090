using Waymark.Periods;

namespace Waymark.Web.Performance;

/// <summary>Every indicator evaluated for one period, and what the home page shows of them for each board.</summary>
/// <param name="Period">The period.</param>
/// <param name="Indicators">Every indicator, in order of code, evaluated for the period.</param>
/// <param name="Boards">The summary of each board (of all indicators when there are no boards).</param>
public sealed record PeriodPicture(ReportingPeriod Period, IReadOnlyList<EvaluatedIndicator> Indicators, IReadOnlyList<BoardSummary> Boards);
