using Waymark.Indicators;
using Waymark.Periods;
using Waymark.Results;
using Waymark.Targets;

namespace Waymark.Data.Files;

/// <summary>One indicator's results over time, read from files, with its targets.</summary>
/// <param name="Indicator">The indicator.</param>
/// <param name="Results">Every result of the indicator, in period order, withheld ones and those without a value included.</param>
/// <param name="Targets">The indicator's targets.</param>
public sealed record IndicatorSeries(IndicatorDefinition Indicator, IReadOnlyList<(ReportingPeriod Period, IndicatorResult Result)> Results, TargetSchedule Targets)
{
    /// <summary>The results that can be judged (a value, not withheld), in period order: the ones charts and intervals use.</summary>
    public IEnumerable<(ReportingPeriod Period, IndicatorResult Result)> Judgeable => Results.Where(r => r.Result.IsJudgeable);

    /// <summary>How many results are withheld or have no value, and so take part in no judgement.</summary>
    public int NotJudgeable => Results.Count(r => !r.Result.IsJudgeable);
}
