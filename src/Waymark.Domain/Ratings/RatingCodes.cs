namespace Waymark.Ratings;

/// <summary>The words for ratings, reasons and directions in files, the command line and the API, and for people.</summary>
public static class RatingCodes
{
    /// <summary><c>green</c>, <c>amber</c>, <c>red</c> or <c>not_rated</c>.</summary>
    public static string ToCode(this Rating rating) => rating switch
    {
        Rating.Green => "green",
        Rating.Amber => "amber",
        Rating.Red => "red",
        Rating.NotRated => "not_rated",
        _ => throw new ArgumentOutOfRangeException(nameof(rating), rating, "Unknown rating."),
    };

    /// <summary><c>Green</c>, <c>Amber</c>, <c>Red</c> or <c>Unable to traffic light</c>, as the reports say.</summary>
    public static string ToLabel(this Rating rating) => rating switch
    {
        Rating.Green => "Green",
        Rating.Amber => "Amber",
        Rating.Red => "Red",
        Rating.NotRated => "Unable to traffic light",
        _ => throw new ArgumentOutOfRangeException(nameof(rating), rating, "Unknown rating."),
    };

    /// <summary><c>no_polarity</c>, <c>data_quality</c>, <c>no_result</c> or <c>no_target</c>.</summary>
    public static string ToCode(this NotRatedReason reason) => reason switch
    {
        NotRatedReason.NoPolarity => "no_polarity",
        NotRatedReason.DataQuality => "data_quality",
        NotRatedReason.NoResult => "no_result",
        NotRatedReason.NoTarget => "no_target",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, "Unknown reason."),
    };

    /// <summary>The reason in words: <c>data only</c>, <c>withheld for data quality</c>, <c>no result</c>, <c>no target</c>.</summary>
    public static string ToLabel(this NotRatedReason reason) => reason switch
    {
        NotRatedReason.NoPolarity => "data only",
        NotRatedReason.DataQuality => "withheld for data quality",
        NotRatedReason.NoResult => "no result",
        NotRatedReason.NoTarget => "no target",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, "Unknown reason."),
    };

    /// <summary><c>improving</c>, <c>static</c>, <c>deteriorating</c>, <c>increased</c>, <c>decreased</c> or <c>not_comparable</c>.</summary>
    public static string ToCode(this DirectionOfTravel direction) => direction switch
    {
        DirectionOfTravel.Improving => "improving",
        DirectionOfTravel.Static => "static",
        DirectionOfTravel.Deteriorating => "deteriorating",
        DirectionOfTravel.Increased => "increased",
        DirectionOfTravel.Decreased => "decreased",
        DirectionOfTravel.NotComparable => "not_comparable",
        _ => throw new ArgumentOutOfRangeException(nameof(direction), direction, "Unknown direction."),
    };

    /// <summary>The arrow: ↑ improving or increased, ↔ static, ↓ deteriorating or decreased; empty when not comparable.</summary>
    public static string ToArrow(this DirectionOfTravel direction) => direction switch
    {
        DirectionOfTravel.Improving or DirectionOfTravel.Increased => "↑",
        DirectionOfTravel.Static => "↔",
        DirectionOfTravel.Deteriorating or DirectionOfTravel.Decreased => "↓",
        _ => string.Empty,
    };

    /// <summary>The direction in words: <c>improving</c>, <c>not comparable</c>.</summary>
    public static string ToLabel(this DirectionOfTravel direction) =>
        direction == DirectionOfTravel.NotComparable ? "not comparable" : direction.ToCode();

    /// <summary>Reads <c>green</c>, <c>amber</c>, <c>red</c> or <c>not_rated</c>, ignoring case and surrounding spaces.</summary>
    public static bool TryParseRating(ReadOnlySpan<char> s, out Rating rating) =>
        TryParse(s, [Rating.Green, Rating.Amber, Rating.Red, Rating.NotRated], static r => r.ToCode(), out rating);

    /// <summary>Reads <c>no_polarity</c>, <c>data_quality</c>, <c>no_result</c> or <c>no_target</c>, ignoring case and surrounding spaces.</summary>
    public static bool TryParseReason(ReadOnlySpan<char> s, out NotRatedReason reason) =>
        TryParse(s, [NotRatedReason.NoPolarity, NotRatedReason.DataQuality, NotRatedReason.NoResult, NotRatedReason.NoTarget], static r => r.ToCode(), out reason);

    /// <summary>Reads a direction's code (<c>improving</c>, <c>not_comparable</c>, ...), ignoring case and surrounding spaces.</summary>
    public static bool TryParseDirection(ReadOnlySpan<char> s, out DirectionOfTravel direction) =>
        TryParse(
            s,
            [DirectionOfTravel.Improving, DirectionOfTravel.Static, DirectionOfTravel.Deteriorating, DirectionOfTravel.Increased, DirectionOfTravel.Decreased, DirectionOfTravel.NotComparable],
            static d => d.ToCode(),
            out direction);

    private static bool TryParse<T>(ReadOnlySpan<char> s, T[] values, Func<T, string> code, out T value)
        where T : struct, Enum
    {
        ReadOnlySpan<char> text = s.Trim();
        foreach (T v in values)
        {
            if (text.Equals(code(v), StringComparison.OrdinalIgnoreCase))
            {
                value = v;
                return true;
            }
        }

        value = default;
        return false;
    }
}
