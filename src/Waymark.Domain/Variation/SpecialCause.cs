namespace Waymark.Variation;

/// <summary>One rule that flagged a point.</summary>
/// <param name="Rule">The rule.</param>
/// <param name="Side">Which way it points.</param>
/// <param name="Length">How many points the pattern has: the whole run for a shift or trend, 2 or 3 for two of three, 1 outside the limits.</param>
/// <param name="Judgement">Improvement, concern or neither, by the indicator's polarity.</param>
public readonly record struct SpecialCause(SpecialCauseRule Rule, VariationSide Side, int Length, VariationJudgement Judgement);
