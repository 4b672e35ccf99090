using Waymark.Ratings;
using Waymark.Reporting.Content;

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

    public static string RatingWithReason(IndicatorLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return line.NotRatedReason is { } reason ? $"{line.Rating.ToLabel()} ({reason})" : line.Rating.ToLabel();
    }

    /// <summary>"Of the 33 performance indicators with a result for Q3 2010/11, 45% (15/33) are green and on track to hit target.", and how many have no result yet.</summary>
    public static string SummarySentence(RatingSummaryTable summary, string period)
    {
        ArgumentNullException.ThrowIfNull(summary);
        RatingCount green = summary.Rows.Single(r => r.Rating == Ratings.Rating.Green);
        string sentence = $"Of the {summary.Total} performance indicators relevant to the Board with a result for {period}, " +
            $"{ReportNumbers.Percent(green.Percent)} ({green.Count}/{summary.Total}) are green and on track to hit target.";
        return summary.WithoutResult == 0
            ? sentence
            : sentence + $" {summary.WithoutResult} more have no result for {period} yet.";
    }

    public static string Comparator(IndicatorLine line, ComparatorValue? value)
    {
        ArgumentNullException.ThrowIfNull(line);
        return value is null ? string.Empty : $"{ReportNumbers.WithUnit(line, value.Value)} ({value.Period})";
    }
}
