using BenchmarkDotNet.Attributes;

using Waymark.Evaluation;
using Waymark.Indicators;
using Waymark.Periods;
using Waymark.Results;
using Waymark.Targets;

namespace Waymark.Benchmarks;

/// <summary>
/// The rules engine alone: one operation evaluates <see cref="Evaluations"/> indicator-periods (target, rating,
/// direction, forecast, predicted rating), a mix of polarities, aggregations and outcomes.
/// Evaluations per second = Evaluations / mean time of one operation.
/// </summary>
[MemoryDiagnoser]
public class RulesEngineBenchmarks
{
    public const int Evaluations = 1_000;

    private readonly IndicatorDefinition[] indicators = new IndicatorDefinition[Evaluations];
    private readonly IndicatorResult?[] current = new IndicatorResult?[Evaluations];
    private readonly IndicatorResult?[] previous = new IndicatorResult?[Evaluations];
    private readonly TargetSchedule[] targets = new TargetSchedule[Evaluations];
    private readonly ReportingPeriod period = ReportingPeriod.FinancialQuarter(2010, 3);

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20101);
        for (int i = 0; i < Evaluations; i++)
        {
            var polarity = (Polarity)(i % 3);
            var aggregation = (Aggregation)(i % 3 == 1 ? 1 : i % 2 * 2);
            indicators[i] = new IndicatorDefinition($"PI {i}", "Generated", Unit.Percent, polarity, Frequency.Quarterly, aggregation, decimals: 1);
            decimal target = 50m + random.Next(0, 400) / 10m;
            targets[i] = new TargetSchedule([KeyValuePair.Create(ReportingPeriod.FinancialYear(2010), target)]);
            current[i] = i % 50 == 0 ? null : new IndicatorResult(target + (random.Next(-60, 60) / 10m), PredictedYearEnd: i % 4 == 0 ? target : null);
            previous[i] = new IndicatorResult(target + (random.Next(-60, 60) / 10m));
        }
    }

    [Benchmark(OperationsPerInvoke = Evaluations)]
    public int Evaluate()
    {
        int green = 0;
        for (int i = 0; i < Evaluations; i++)
        {
            IndicatorEvaluation e = Evaluator.Evaluate(indicators[i], period, current[i], previous[i], targets[i]);
            if (e.Rating.Rating == Ratings.Rating.Green)
            {
                green++;
            }
        }

        return green;
    }
}
