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

    public static string Comparator(IndicatorLine line, ComparatorValue? value)
    {
        ArgumentNullException.ThrowIfNull(line);
        return value is null ? string.Empty : $"{ReportNumbers.WithUnit(line, value.Value)} ({value.Period})";
    }
}
