namespace Waymark.Ratings;

/// <summary>A traffic-light rating. Always shown with its word, never by colour alone.</summary>
public enum Rating
{
    /// <summary>Unable to traffic light; see <see cref="NotRatedReason"/> for why.</summary>
    NotRated = 0,

    /// <summary>Misses the target by more than the tolerance.</summary>
    Red = 1,

    /// <summary>Misses the target by no more than the tolerance.</summary>
    Amber = 2,

    /// <summary>Meets the target or is better.</summary>
    Green = 3,
}
