using Waymark.Ratings;

namespace Waymark.Trackers;

/// <summary>
/// The words of an action tracker in files, forms, the API and the store: its states (<c>draft</c>, <c>submitted</c>,
/// <c>agreed</c>, <c>returned</c>), and which of the rating and direction words (<see cref="RatingCodes"/>) a tracker
/// can hold.
/// </summary>
public static class TrackerCodes
{
    /// <summary>Every state, in the order of the sign-off.</summary>
    public static IReadOnlyList<TrackerState> States { get; } = [TrackerState.Draft, TrackerState.Submitted, TrackerState.Agreed, TrackerState.Returned];

    /// <summary>The ratings a tracker can hold: green, amber and red. A tracker is never "unable to traffic light".</summary>
    public static IReadOnlyList<Rating> Ratings { get; } = [Rating.Green, Rating.Amber, Rating.Red];

    /// <summary>The directions a tracker can hold: improving, static and deteriorating.</summary>
    public static IReadOnlyList<DirectionOfTravel> Directions { get; } = [DirectionOfTravel.Improving, DirectionOfTravel.Static, DirectionOfTravel.Deteriorating];

    /// <summary><c>draft</c>, <c>submitted</c>, <c>agreed</c> or <c>returned</c>.</summary>
    public static string ToCode(this TrackerState state) => state switch
    {
        TrackerState.Draft => "draft",
        TrackerState.Submitted => "submitted",
        TrackerState.Agreed => "agreed",
        TrackerState.Returned => "returned",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, "Unknown tracker state."),
    };

    /// <summary>
    /// The state as the tracker pages show it: <c>Draft</c>, <c>Submitted for agreement</c>, <c>Agreed</c>,
    /// <c>Returned to the officer</c>.
    /// </summary>
    public static string ToLabel(this TrackerState state) => state switch
    {
        TrackerState.Draft => "Draft",
        TrackerState.Submitted => "Submitted for agreement",
        TrackerState.Agreed => "Agreed",
        TrackerState.Returned => "Returned to the officer",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, "Unknown tracker state."),
    };

    /// <summary>Reads <c>draft</c>, <c>submitted</c>, <c>agreed</c> or <c>returned</c>, ignoring case and surrounding spaces.</summary>
    public static bool TryParseState(ReadOnlySpan<char> s, out TrackerState state)
    {
        ReadOnlySpan<char> text = s.Trim();
        foreach (TrackerState candidate in States)
        {
            if (text.Equals(candidate.ToCode(), StringComparison.OrdinalIgnoreCase))
            {
                state = candidate;
                return true;
            }
        }

        state = default;
        return false;
    }

    /// <summary>
    /// Reads a tracker's rating, <c>green</c>, <c>amber</c> or <c>red</c>, through <see cref="RatingCodes.TryParseRating"/>;
    /// <c>not_rated</c> is refused.
    /// </summary>
    public static bool TryParseRating(ReadOnlySpan<char> s, out Rating rating) =>
        RatingCodes.TryParseRating(s, out rating) && IsTrackerRating(rating);

    /// <summary>
    /// Reads a tracker's direction, <c>improving</c>, <c>static</c> or <c>deteriorating</c>, through
    /// <see cref="RatingCodes.TryParseDirection"/>; the words for indicators without polarity and for no comparison are refused.
    /// </summary>
    public static bool TryParseDirection(ReadOnlySpan<char> s, out DirectionOfTravel direction) =>
        RatingCodes.TryParseDirection(s, out direction) && IsTrackerDirection(direction);

    /// <summary>Whether a tracker can hold <paramref name="rating"/>: green, amber or red.</summary>
    public static bool IsTrackerRating(Rating rating) => rating is Rating.Green or Rating.Amber or Rating.Red;

    /// <summary>Whether a tracker can hold <paramref name="direction"/>: improving, static or deteriorating.</summary>
    public static bool IsTrackerDirection(DirectionOfTravel direction) =>
        direction is DirectionOfTravel.Improving or DirectionOfTravel.Static or DirectionOfTravel.Deteriorating;
}
