using Waymark.Data.Measures;
using Waymark.Evaluation;

namespace Waymark.Web.Performance;

/// <summary>A stored indicator with what the rules say about it for one period.</summary>
public sealed record EvaluatedIndicator(Indicator Indicator, Result? Stored, IndicatorEvaluation Evaluation);
