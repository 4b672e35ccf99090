namespace Waymark.Variation;

/// <summary>
/// The sentences a reader sees about an XmR chart: what flagged a point ("Special cause: improvement, a run of 6
/// above the mean"), what each icon says, and why a chart is a run chart or shows no icon.
/// </summary>
public static class VariationText
{
    /// <summary>One rule's pattern in words: "a point above the upper limit", "a run of 7 below the mean", "a trend of 6 rising", "two of three beyond the upper two-sigma line".</summary>
    public static string Describe(SpecialCause cause) => (cause.Rule, cause.Side) switch
    {
        (SpecialCauseRule.OutsideLimits, VariationSide.High) => "a point above the upper limit",
        (SpecialCauseRule.OutsideLimits, _) => "a point below the lower limit",
        (SpecialCauseRule.TwoOfThree, VariationSide.High) => $"{Count(cause.Length)} of three beyond the upper two-sigma line",
        (SpecialCauseRule.TwoOfThree, _) => $"{Count(cause.Length)} of three beyond the lower two-sigma line",
        (SpecialCauseRule.Shift, VariationSide.High) => $"a run of {cause.Length} above the mean",
        (SpecialCauseRule.Shift, _) => $"a run of {cause.Length} below the mean",
        (SpecialCauseRule.Trend, VariationSide.High) => $"a trend of {cause.Length} rising",
        _ => $"a trend of {cause.Length} falling",
    };

    /// <summary>
    /// What a point's variation is, in a sentence: "Common cause variation", "Special cause: improvement, a point above
    /// the upper limit and a run of 6 above the mean", "Special cause: neither improvement nor concern, ...", or "Not
    /// assessed: too few points for limits". Only the causes that agree with the point's judgement are named, in rule
    /// order, separated by commas and the last by "and".
    /// </summary>
    public static string Describe(XmrPoint point)
    {
        ArgumentNullException.ThrowIfNull(point);
        return point.Judgement switch
        {
            VariationJudgement.NotAssessed => "Not assessed: too few points for limits",
            VariationJudgement.CommonCause => "Common cause variation",
            _ => $"Special cause: {Judgement(point.Judgement)}, {List([.. point.WinningCauses.Select(Describe)])}",
        };
    }

    /// <summary>
    /// What the chart's variation icon says about the latest point, or why there is none: "Special cause: concern, a
    /// point below the lower limit", "No variation icon: 9 points since the limits were last worked out, fewer than
    /// the 13 needed".
    /// </summary>
    public static string Variation(XmrChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        return chart.VariationNotShown is { } reason ? $"No variation icon: {NotShown(chart, reason)}" : Describe(chart.Latest!);
    }

    /// <summary>What the chart's assurance icon says, or why there is none: "Consistently fails the target", "No assurance icon: there is no target".</summary>
    public static string Assurance(XmrChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        return chart.AssuranceNotShown is { } reason ? $"No assurance icon: {NotShown(chart, reason)}" : chart.Assurance.ToLabel();
    }

    /// <summary>Why a calculation is a run chart, or null when it has limits: "A run chart: 9 points, fewer than the 13 needed for limits".</summary>
    public static string? RunChart(XmrSegment segment, XmrSettings settings)
    {
        ArgumentNullException.ThrowIfNull(segment);
        ArgumentNullException.ThrowIfNull(settings);
        return segment.IsRunChart ? $"A run chart: {Points(segment.Count)}, fewer than the {settings.MinimumPoints} needed for limits" : null;
    }

    private static string NotShown(XmrChart chart, NotShownReason reason) => reason switch
    {
        NotShownReason.NoPoints => "there are no results",
        NotShownReason.TooFewPoints =>
            $"{Points(chart.LatestSegment!.Count)} since the limits were last worked out, fewer than the {chart.Settings.MinimumPoints} needed",
        NotShownReason.NoPolarity => "the indicator has no polarity",
        _ => "there is no target",
    };

    private static string Judgement(VariationJudgement judgement) => judgement switch
    {
        VariationJudgement.Improvement => "improvement",
        VariationJudgement.Concern => "concern",
        _ => "neither improvement nor concern",
    };

    private static string List(string[] parts) =>
        parts.Length == 1 ? parts[0] : string.Join(", ", parts[..^1]) + " and " + parts[^1];

    private static string Points(int count) => count == 1 ? "1 point" : $"{count} points";

    private static string Count(int count) => count == 3 ? "three" : "two";
}
