using Waymark.Ratings;
using Waymark.Reporting.Content;
using Waymark.Results;

namespace Waymark.Reporting.Text;

/// <summary>Ratings, directions and polarities in the words a report prints beside every colour and arrow.</summary>
public static class ReportWords
{
    public static string Rating(Rating? rating) => rating is { } r ? r.ToLabel() : "Not agreed";

    public static string Direction(DirectionOfTravel? direction) =>
        direction is { } d ? (d == DirectionOfTravel.NotComparable ? "not comparable" : $"{d.ToArrow()} {d.ToLabel()}") : "not given";

    public static string Polarity(string polarity) => polarity switch
    {
        "higher" => "higher is better",
        "lower" => "lower is better",
        _ => "data only",
    };

    /// <summary>The data quality of a line's result: <c>withheld</c>, <c>provisional</c> or <c>ok</c>.</summary>
    public static string DataQuality(IndicatorLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return line.Withheld ? Results.DataQuality.Withheld.ToCode() : line.Provisional ? "provisional" : Results.DataQuality.Ok.ToCode();
    }

    public static string RatingWithReason(IndicatorLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return line.NotRatedReason is { } reason ? $"{line.Rating.ToLabel()} ({reason})" : line.Rating.ToLabel();
    }

    /// <summary>
    /// "Of the 33 performance indicators relevant to the Board for Q3 2010/11, 45% (15/33) are green and on track to hit
    /// target.", and, when some have no result yet, that they are among those unable to traffic light.
    /// </summary>
    public static string SummarySentence(RatingSummaryTable summary, string period)
    {
        ArgumentNullException.ThrowIfNull(summary);
        RatingCount green = summary.Rows.Single(r => r.Rating == Ratings.Rating.Green);
        string sentence = $"Of the {summary.Total} performance indicators relevant to the Board for {period}, " +
            $"{ReportNumbers.Percent(green.Percent)} ({green.Count}/{summary.Total}) are green and on track to hit target.";
        return sentence + NoResult(summary, period);
    }

    /// <summary>" 30 have no result for Q3 2008/09 yet and are counted as unable to traffic light.", or nothing when every indicator has a result.</summary>
    public static string NoResult(RatingSummaryTable summary, string period)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return summary.WithoutResult switch
        {
            0 => string.Empty,
            1 => $" 1 has no result for {period} yet and is counted as unable to traffic light.",
            int n => $" {n} have no result for {period} yet and are counted as unable to traffic light.",
        };
    }

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
