using Waymark.Data.Measures;
using Waymark.Evaluation;

namespace Waymark.Data.Evaluation;

/// <summary>A stored indicator and its stored result for one period (if any), with what the rules say about it.</summary>
public sealed record EvaluatedIndicator(Indicator Indicator, Result? Stored, IndicatorEvaluation Evaluation);
