using System.Globalization;

using Waymark.Cycle;
using Waymark.Data.Measures;
using Waymark.Indicators;
using Waymark.Ratings;
using Waymark.Reporting.Content;
using Waymark.Reporting.Text;
using Waymark.Variation;

namespace Waymark.Reporting.Building;

/// <summary>
/// The members' guidance sheet, written from the rules the report was built by: the ratings with the tolerances in
/// force for the board's indicators, the predicted rating, the directions of travel and their signs, each reason an
/// indicator cannot be traffic lighted, exception reporting, and the statistical process control icons.
/// </summary>
internal static class GuidanceSheet
{
    public static IReadOnlyList<GuidanceEntry> For(IReadOnlyList<Indicator> indicators, ReportContents contents)
    {
        var entries = new List<GuidanceEntry>
        {
            new(Rating.Green.ToLabel(), "The result meets its target or is better than it, by the indicator's polarity (higher is better or lower is better)."),
            new(Rating.Amber.ToLabel(), $"The result misses its target by no more than the indicator's tolerance; a miss exactly equal to the tolerance is amber. {Tolerances(indicators)}"),
            new(Rating.Red.ToLabel(), "The result misses its target by more than the indicator's tolerance."),
            new($"{Rating.NotRated.ToLabel()} ({NotRatedReason.NoPolarity.ToLabel()})", "The indicator has no polarity: its figure is reported for information and is never rated."),
            new($"{Rating.NotRated.ToLabel()} ({NotRatedReason.DataQuality.ToLabel()})", "The result was withheld because its data quality is in doubt, so it is not rated."),
            new($"{Rating.NotRated.ToLabel()} ({NotRatedReason.NoResult.ToLabel()})", "No result is held for the period; the indicator is counted as unable to traffic light and its data quality reads \"no result\"."),
            new($"{Rating.NotRated.ToLabel()} ({NotRatedReason.NoTarget.ToLabel()})", "No target applies to the period, so the result cannot be rated."),
            new("Annual target", "The target for the whole year, beside the target for the period."),
            new(
                "Predicted year end and predicted rating",
                "The officer's own prediction when one is given; otherwise, for an indicator counted over the year, the year to date projected to the whole year " +
                "(at Q3, the year to date multiplied by 4 and divided by 3); otherwise the latest value. The prediction is rated against the annual target by the same rules."),
            new(ReportWords.Direction(DirectionOfTravel.Improving), "Better than the same period a year earlier, by the indicator's polarity."),
            new(ReportWords.Direction(DirectionOfTravel.Static), "The same as a year earlier at the indicator's decimals."),
            new(ReportWords.Direction(DirectionOfTravel.Deteriorating), "Worse than the same period a year earlier, by the indicator's polarity."),
            new($"{ReportWords.Direction(DirectionOfTravel.Increased)}, {ReportWords.Direction(DirectionOfTravel.Decreased)}", "Higher or lower than a year earlier, for an indicator without polarity: neither better nor worse."),
            new(ReportWords.Direction(DirectionOfTravel.NotComparable), "One of the two values, this period's or the year earlier's, is missing or withheld."),
            new("Exception reporting", Exceptions(contents)),
            new("Underperforming indicators", "An indicator is highlighted in the main issues when it is rated red, or predicted to be red at the year end, or when an officer chooses it."),
        };
        foreach (VariationIcon icon in (VariationIcon[])[VariationIcon.CommonCause, VariationIcon.ImprovementHigh, VariationIcon.ConcernLow, VariationIcon.NeitherHigh])
        {
            entries.Add(new(icon.ToLabel(), Meaning(icon)));
        }

        foreach (AssuranceIcon icon in (AssuranceIcon[])[AssuranceIcon.ConsistentlyPasses, AssuranceIcon.HitOrMiss, AssuranceIcon.ConsistentlyFails])
        {
            entries.Add(new(icon.ToLabel(), Meaning(icon)));
        }

        return entries;
    }

    private static string Tolerances(IReadOnlyList<Indicator> indicators)
    {
        var held = indicators.Where(i => i.Definition.Polarity != Polarity.None)
            .GroupBy(i => i.Definition.Tolerance)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Kind).ThenBy(g => g.Key.Amount)
            .Select(g => $"{ToleranceWords(g.Key)} for {Count(g.Count())}")
            .ToList();
        return held.Count == 0
            ? "No indicator of the board is rated."
            : $"The tolerances in force for the board's indicators: {string.Join("; ", held)}.";
    }

    private static string ToleranceWords(Tolerance tolerance) => tolerance.Kind == ToleranceKind.Relative
        ? $"{tolerance.Amount.ToString(CultureInfo.InvariantCulture)}% of the target"
        : $"{tolerance.Amount.ToString(CultureInfo.InvariantCulture)} of the indicator's unit";

    private static string Count(int count) => count == 1 ? "1 indicator" : $"{count.ToString(CultureInfo.InvariantCulture)} indicators";

    private static string Exceptions(ReportContents contents)
    {
        string which = contents.AllPriorityTrackers
            ? "the action trackers of every improvement priority relevant to the board are considered"
            : "only the action trackers of high risk improvement priorities are considered";
        string full = contents.AllTrackersInFull
            ? "every tracker considered is reproduced in full"
            : "only those rated red or amber are reproduced in full, and the others are shown in the summary of progress";
        return $"At this period {which}, and {full}. The performance indicator report is given at quarters 1 and 3 and at the year end, the action trackers at quarters 2 and 4, " +
            "and the trackers of high risk improvement priorities every quarter.";
    }

    private static string Meaning(VariationIcon icon) => icon switch
    {
        VariationIcon.CommonCause => "Statistical process control: the latest values vary only as they usually do; nothing has significantly changed.",
        VariationIcon.ImprovementHigh or VariationIcon.ImprovementLow => "Statistical process control: a special cause of improvement (a point beyond the process limits, or a run or trend) in the direction that is better.",
        VariationIcon.ConcernHigh or VariationIcon.ConcernLow => "Statistical process control: a special cause of concern (a point beyond the process limits, or a run or trend) in the direction that is worse.",
        _ => "Statistical process control: a significant change in an indicator without polarity, neither improvement nor concern.",
    };

    private static string Meaning(AssuranceIcon icon) => icon switch
    {
        AssuranceIcon.ConsistentlyPasses => "The target lies on or beyond the process limit on the worse side: as the process runs it can be relied on to meet the target.",
        AssuranceIcon.HitOrMiss => "The target lies between the process limits: the process will sometimes meet it and sometimes not.",
        _ => "The target lies on or beyond the process limit on the better side: the process will not meet it without a change.",
    };
}
