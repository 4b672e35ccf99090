using Waymark.Data.Benchmarks;
using Waymark.Data.Breakdowns;
using Waymark.Data.Measures;
using Waymark.Reporting.Charts;

namespace Waymark.Web.Performance;

/// <summary>What an indicator's page shows of it, the same for everyone who reads it.</summary>
/// <param name="Indicator">The indicator.</param>
/// <param name="OwnerName">The name of its owner, if it has one.</param>
/// <param name="Priorities">The code and title of each priority it serves.</param>
/// <param name="Boards">The board that each of its results goes to.</param>
/// <param name="History">Every result, oldest first, evaluated for its own period.</param>
/// <param name="Chart">The chart of its results and targets, laid out as the report's charts are.</param>
/// <param name="Variation">Its XmR chart and the confidence interval of each result.</param>
/// <param name="Benchmarks">Its latest result against the published benchmarks of its period; none when nothing is published for it.</param>
/// <param name="Funnel">Every LA's figure on a funnel plot, for the latest period with LAs' counts; none without them.</param>
/// <param name="Breakdown">Its figures by group for the council's own LA over the last five periods, with their gaps; none without them.</param>
public sealed record IndicatorPicture(
    Indicator Indicator, string? OwnerName, IReadOnlyList<string> Priorities, IReadOnlyList<string> Boards, IReadOnlyList<EvaluatedIndicator> History, TrendLayout Chart,
    IndicatorVariation Variation,
    IndicatorBenchmarks? Benchmarks,
    IndicatorFunnel? Funnel,
    StoredBreakdown? Breakdown);
