using Waymark.Ratings;

namespace Waymark.Summaries;

/// <summary>
/// How many of a set of indicators are red, amber, green and unable to traffic light, with each percentage rounded
/// half up to a whole number on its own, as the reports print them: 4, 11, 15 and 3 of 33 are 12%, 33%, 45% and
/// 9%, which need not add up to 100.
/// </summary>
public sealed record RatingSummary
{
    private RatingSummary(int red, int amber, int green, int notRated)
    {
        Red = red;
        Amber = amber;
        Green = green;
        NotRated = notRated;
    }

    /// <summary>The number rated red.</summary>
    public int Red { get; }

    /// <summary>The number rated amber.</summary>
    public int Amber { get; }

    /// <summary>The number rated green.</summary>
    public int Green { get; }

    /// <summary>The number unable to be traffic lighted.</summary>
    public int NotRated { get; }

    /// <summary>All the indicators counted.</summary>
    public int Total => Red + Amber + Green + NotRated;

    /// <summary>The ratings in the order the reports list them: red, amber, green, unable to traffic light.</summary>
    public static IReadOnlyList<Rating> ReportOrder { get; } = [Rating.Red, Rating.Amber, Rating.Green, Rating.NotRated];

    /// <summary>Counts the ratings given.</summary>
    public static RatingSummary Of(IEnumerable<Rating> ratings)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        int red = 0, amber = 0, green = 0, notRated = 0;
        foreach (Rating rating in ratings)
        {
            switch (rating)
            {
                case Rating.Red: red++; break;
                case Rating.Amber: amber++; break;
                case Rating.Green: green++; break;
                default: notRated++; break;
            }
        }

        return new RatingSummary(red, amber, green, notRated);
    }

    /// <summary>A summary of known counts.</summary>
    public static RatingSummary FromCounts(int red, int amber, int green, int notRated)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(red);
        ArgumentOutOfRangeException.ThrowIfNegative(amber);
        ArgumentOutOfRangeException.ThrowIfNegative(green);
        ArgumentOutOfRangeException.ThrowIfNegative(notRated);
        return new RatingSummary(red, amber, green, notRated);
    }

    /// <summary>The number with <paramref name="rating"/>.</summary>
    public int Count(Rating rating) => rating switch
    {
        Rating.Red => Red,
        Rating.Amber => Amber,
        Rating.Green => Green,
        _ => NotRated,
    };

    /// <summary>The whole-number percentage with <paramref name="rating"/>, rounded half up; 0 when nothing was counted.</summary>
    public int Percent(Rating rating) =>
        Total == 0 ? 0 : (int)Math.Round(Count(rating) * 100m / Total, 0, MidpointRounding.AwayFromZero);
}
