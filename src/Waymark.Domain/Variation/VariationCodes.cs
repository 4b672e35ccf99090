namespace Waymark.Variation;

/// <summary>
/// The words that stand for special-cause rules, judgements, icons and the reasons an icon is not shown in files,
/// on the command line and in the API (<c>shift</c>, <c>improvement</c>, <c>concern_low</c>, <c>hit_or_miss</c>),
/// and the labels of the icons people read.
/// </summary>
public static class VariationCodes
{
    /// <summary>The word for a rule: <c>outside_limits</c>, <c>two_of_three</c>, <c>shift</c> or <c>trend</c>.</summary>
    public static string ToCode(this SpecialCauseRule rule) => rule switch
    {
        SpecialCauseRule.OutsideLimits => "outside_limits",
        SpecialCauseRule.TwoOfThree => "two_of_three",
        SpecialCauseRule.Shift => "shift",
        SpecialCauseRule.Trend => "trend",
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, "Unknown rule."),
    };

    /// <summary>The word for a judgement: <c>not_assessed</c>, <c>common_cause</c>, <c>improvement</c>, <c>concern</c> or <c>neither</c>.</summary>
    public static string ToCode(this VariationJudgement judgement) => judgement switch
    {
        VariationJudgement.NotAssessed => "not_assessed",
        VariationJudgement.CommonCause => "common_cause",
        VariationJudgement.Improvement => "improvement",
        VariationJudgement.Concern => "concern",
        VariationJudgement.Neither => "neither",
        _ => throw new ArgumentOutOfRangeException(nameof(judgement), judgement, "Unknown judgement."),
    };

    /// <summary>The word for a side: <c>high</c> or <c>low</c>.</summary>
    public static string ToCode(this VariationSide side) => side == VariationSide.High ? "high" : "low";

    /// <summary>
    /// The word for a variation icon: <c>not_shown</c>, <c>common_cause</c>, <c>improvement_high</c>,
    /// <c>improvement_low</c>, <c>concern_high</c>, <c>concern_low</c>, <c>neither_high</c> or <c>neither_low</c>.
    /// </summary>
    public static string ToCode(this VariationIcon icon) => icon switch
    {
        VariationIcon.NotShown => "not_shown",
        VariationIcon.CommonCause => "common_cause",
        VariationIcon.ImprovementHigh => "improvement_high",
        VariationIcon.ImprovementLow => "improvement_low",
        VariationIcon.ConcernHigh => "concern_high",
        VariationIcon.ConcernLow => "concern_low",
        VariationIcon.NeitherHigh => "neither_high",
        VariationIcon.NeitherLow => "neither_low",
        _ => throw new ArgumentOutOfRangeException(nameof(icon), icon, "Unknown variation icon."),
    };

    /// <summary>The word for an assurance icon: <c>not_shown</c>, <c>pass</c>, <c>hit_or_miss</c> or <c>fail</c>.</summary>
    public static string ToCode(this AssuranceIcon icon) => icon switch
    {
        AssuranceIcon.NotShown => "not_shown",
        AssuranceIcon.ConsistentlyPasses => "pass",
        AssuranceIcon.HitOrMiss => "hit_or_miss",
        AssuranceIcon.ConsistentlyFails => "fail",
        _ => throw new ArgumentOutOfRangeException(nameof(icon), icon, "Unknown assurance icon."),
    };

    /// <summary>The word for a reason: <c>no_points</c>, <c>too_few_points</c>, <c>no_polarity</c> or <c>no_target</c>.</summary>
    public static string ToCode(this NotShownReason reason) => reason switch
    {
        NotShownReason.NoPoints => "no_points",
        NotShownReason.TooFewPoints => "too_few_points",
        NotShownReason.NoPolarity => "no_polarity",
        NotShownReason.NoTarget => "no_target",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, "Unknown reason."),
    };

    /// <summary>A variation icon as people read it, such as "Special cause improvement: significantly higher".</summary>
    public static string ToLabel(this VariationIcon icon) => icon switch
    {
        VariationIcon.NotShown => "No variation icon",
        VariationIcon.CommonCause => "Common cause variation: no significant change",
        VariationIcon.ImprovementHigh => "Special cause improvement: significantly higher",
        VariationIcon.ImprovementLow => "Special cause improvement: significantly lower",
        VariationIcon.ConcernHigh => "Special cause concern: significantly higher",
        VariationIcon.ConcernLow => "Special cause concern: significantly lower",
        VariationIcon.NeitherHigh => "Special cause, neither improvement nor concern: significantly higher",
        VariationIcon.NeitherLow => "Special cause, neither improvement nor concern: significantly lower",
        _ => throw new ArgumentOutOfRangeException(nameof(icon), icon, "Unknown variation icon."),
    };

    /// <summary>An assurance icon as people read it, such as "Hit or miss: the target lies between the limits".</summary>
    public static string ToLabel(this AssuranceIcon icon) => icon switch
    {
        AssuranceIcon.NotShown => "No assurance icon",
        AssuranceIcon.ConsistentlyPasses => "Consistently passes the target",
        AssuranceIcon.HitOrMiss => "Hit or miss: the target lies between the limits",
        AssuranceIcon.ConsistentlyFails => "Consistently fails the target",
        _ => throw new ArgumentOutOfRangeException(nameof(icon), icon, "Unknown assurance icon."),
    };
}
