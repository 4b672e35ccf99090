using Waymark.Ratings;
using Waymark.Reporting.Content;
using Waymark.Results;
using Waymark.Variation;

namespace Waymark.Reporting.Text;

/// <summary>Ratings, directions and polarities in the words a report prints beside every colour and arrow.</summary>
public static class ReportWords
{
    public static string Rating(Rating? rating) => rating is { } r ? r.ToLabel() : "Not agreed";

    /// <summary>
    /// A direction as its arrow and words (<c>↑ improving</c>); for an indicator without polarity a neutral sign, never
    /// the arrow that means improving (<c>+ increased</c>, <c>− decreased</c>); <c>not comparable</c>, or <c>not given</c>.
    /// </summary>
    public static string Direction(DirectionOfTravel? direction) => direction switch
    {
        null => "not given",
        DirectionOfTravel.NotComparable => "not comparable",
        DirectionOfTravel.Increased => "+ increased",
        DirectionOfTravel.Decreased => "\u2212 decreased",
        DirectionOfTravel d => $"{d.ToArrow()} {d.ToLabel()}",
    };

    public static string Polarity(string polarity) => polarity switch
    {
        "higher" => "higher is better",
        "lower" => "lower is better",
        _ => "data only",
    };

    /// <summary>The data quality of a line's result: <c>withheld</c>, <c>provisional</c> or <c>ok</c>, and <c>no result</c> when it has none.</summary>
    public static string DataQuality(IndicatorLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return !line.HasResult ? "no result"
            : line.Withheld ? Results.DataQuality.Withheld.ToCode()
            : line.Provisional ? "provisional" : Results.DataQuality.Ok.ToCode();
    }

    public static string RatingWithReason(IndicatorLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return line.NotRatedReason is { } reason ? $"{line.Rating.ToLabel()} ({reason})" : line.Rating.ToLabel();
    }

    /// <summary>
    /// "Of the 33 performance indicators relevant to the Board for Q3 2010/11, 45% (15/33) are green and on track to hit
    /// target." when every indicator has a result; otherwise how many have one and, of these, how many are green
    /// ("Results are held for 3 of the 33 ..."), so that a missing result is never counted as performance.
    /// </summary>
    public static string SummarySentence(RatingSummaryTable summary, string period)
    {
        ArgumentNullException.ThrowIfNull(summary);
        RatingCount green = summary.Rows.Single(r => r.Rating == Ratings.Rating.Green);
        if (summary.WithoutResult == 0)
        {
            return $"Of the {summary.Total} performance indicators relevant to the Board for {period}, " +
                $"{ReportNumbers.Percent(green.Percent)} ({green.Count}/{summary.Total}) are green and on track to hit target.";
        }

        return Held(summary) == 0
            ? NoResults(summary, period)
            : $"{ResultsHeld(summary, period)}; of these, {ReportNumbers.Percent(HeldGreenPercent(summary))} ({green.Count}/{Held(summary)}) are green and on track to hit target.";
    }

    /// <summary>The number of the summary's indicators with a result for the period.</summary>
    public static int Held(RatingSummaryTable summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return summary.Total - summary.WithoutResult;
    }

    /// <summary>The percentage of the indicators with a result that are green, by the rules' rounding.</summary>
    public static int HeldGreenPercent(RatingSummaryTable summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        int Count(Ratings.Rating r) => summary.Rows.Single(x => x.Rating == r).Count;
        return Summaries.RatingSummary.FromCounts(
            Count(Ratings.Rating.Red), Count(Ratings.Rating.Amber), Count(Ratings.Rating.Green), Count(Ratings.Rating.NotRated) - summary.WithoutResult)
            .Percent(Ratings.Rating.Green);
    }

    /// <summary>"Results are held for 3 of the 33 indicators at Q3 2008/09", without a full stop.</summary>
    public static string ResultsHeld(RatingSummaryTable summary, string period)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return $"Results are held for {Held(summary)} of the {summary.Total} indicators at {period}";
    }

    /// <summary>"No performance indicator results are held for Q2 2008/09, so none of the 33 indicators can be rated."</summary>
    public static string NoResults(RatingSummaryTable summary, string period)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return $"No performance indicator results are held for {period}, so none of the {summary.Total} indicators relevant to the Board can be rated.";
    }

    /// <summary>
    /// A control chart's icons in a few words for a table cell: "Common cause variation: no significant change; Hit or
    /// miss: the target lies between the limits", or "No variation or assurance icon (11 points, 13 needed)".
    /// </summary>
    public static string Icons(XmrChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        if (chart.VariationNotShown is { } v && chart.AssuranceNotShown is { } a && v == a)
        {
            return $"No variation or assurance icon ({Why(chart, v)})";
        }

        string variation = chart.VariationNotShown is { } vr ? $"No variation icon ({Why(chart, vr)})" : chart.Variation.ToLabel();
        string assurance = chart.AssuranceNotShown is { } ar ? $"no assurance icon ({Why(chart, ar)})" : chart.Assurance.ToLabel();
        return $"{variation}; {assurance}";
    }

    private static string Why(XmrChart chart, NotShownReason reason) => reason switch
    {
        NotShownReason.NoPoints => "no results",
        NotShownReason.TooFewPoints => $"{chart.LatestSegment?.Count ?? 0} points, {chart.Settings.MinimumPoints} needed",
        NotShownReason.NoPolarity => "no polarity",
        _ => "no target",
    };

    /// <summary>What a highlighted indicator says in place of its comparators when none are held.</summary>
    public static string NoComparators(IndicatorLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return $"No England, regional or statistical neighbour figures are held for {line.Code}.";
    }

    public static string Comparator(IndicatorLine line, ComparatorValue? value)
    {
        ArgumentNullException.ThrowIfNull(line);
        return value is null ? string.Empty : $"{ReportNumbers.WithUnit(line, value.Value)} ({value.Period})";
    }
}
