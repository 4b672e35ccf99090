using Waymark.Reporting.Charts;
using Waymark.Variation;

namespace Waymark.Web.Performance;

/// <summary>How the web pages show a variation or assurance icon: a tag's colour and words, and a point's judgement in a word.</summary>
public static class VariationDisplay
{
    /// <summary>The tag colour of a variation icon: blue for improvement, orange for concern, purple for neither, grey otherwise.</summary>
    public static string TagClass(VariationIcon icon) => icon switch
    {
        VariationIcon.ImprovementHigh or VariationIcon.ImprovementLow => "govuk-tag govuk-tag--blue",
        VariationIcon.ConcernHigh or VariationIcon.ConcernLow => "govuk-tag govuk-tag--orange",
        VariationIcon.NeitherHigh or VariationIcon.NeitherLow => "govuk-tag govuk-tag--purple",
        _ => "govuk-tag govuk-tag--grey",
    };

    /// <summary>The tag colour of an assurance icon: green when it consistently passes, red when it consistently fails, yellow for hit or miss.</summary>
    public static string TagClass(AssuranceIcon icon) => icon switch
    {
        AssuranceIcon.ConsistentlyPasses => "govuk-tag govuk-tag--green",
        AssuranceIcon.ConsistentlyFails => "govuk-tag govuk-tag--red",
        AssuranceIcon.HitOrMiss => "govuk-tag govuk-tag--yellow",
        _ => "govuk-tag govuk-tag--grey",
    };

    /// <summary>A variation icon in the few words of a list's column: "Concern: higher", "Improvement: lower", "Common cause", "Not shown".</summary>
    public static string Short(VariationIcon icon) => icon switch
    {
        VariationIcon.CommonCause => "Common cause",
        VariationIcon.ImprovementHigh => "Improvement: higher",
        VariationIcon.ImprovementLow => "Improvement: lower",
        VariationIcon.ConcernHigh => "Concern: higher",
        VariationIcon.ConcernLow => "Concern: lower",
        VariationIcon.NeitherHigh => "Neither: higher",
        VariationIcon.NeitherLow => "Neither: lower",
        _ => "Not shown",
    };

    /// <summary>An assurance icon in the few words of a list's column: "Passes", "Hit or miss", "Fails", "Not shown".</summary>
    public static string Short(AssuranceIcon icon) => icon switch
    {
        AssuranceIcon.ConsistentlyPasses => "Passes",
        AssuranceIcon.HitOrMiss => "Hit or miss",
        AssuranceIcon.ConsistentlyFails => "Fails",
        _ => "Not shown",
    };

    /// <summary>A point's judgement in a word: "Improvement", "Concern", "Neither", "Common cause", "Not assessed".</summary>
    public static string Judgement(VariationJudgement judgement) => judgement switch
    {
        VariationJudgement.Improvement => "Improvement",
        VariationJudgement.Concern => "Concern",
        VariationJudgement.Neither => "Neither",
        VariationJudgement.CommonCause => "Common cause",
        _ => "Not assessed",
    };

    /// <summary>
    /// The rules that flagged a point, each after the letter that labels the point on the chart, in words, separated by
    /// semicolons: "S: a run of 6 above the mean (improvement)"; empty when none did.
    /// </summary>
    public static string Rules(XmrPoint point)
    {
        ArgumentNullException.ThrowIfNull(point);
        return string.Join("; ", point.Causes.Select(c => SpcChart.Letter(c.Rule) + ": " + VariationText.Describe(c) + " (" + Judgement(c.Judgement).ToLowerInvariant() + ")"));
    }
}
