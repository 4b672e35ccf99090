using Waymark.Ratings;

namespace Waymark.Trackers;

/// <summary>
/// What the accountable officer writes in a tracker and the director judges: the overall rating proposed, the
/// direction of travel and the contextual update. Any of them may be missing while the tracker is a draft.
/// </summary>
public readonly record struct TrackerContent
{
    /// <summary>The content, with the update trimmed and a blank update treated as none.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The rating or direction is not one a tracker can hold (<see cref="TrackerCodes"/>).</exception>
    public TrackerContent(Rating? proposedRating, DirectionOfTravel? direction, string? contextualUpdate)
    {
        if (proposedRating is { } r && !TrackerCodes.IsTrackerRating(r))
        {
            throw new ArgumentOutOfRangeException(nameof(proposedRating), r, "A tracker is rated green, amber or red.");
        }

        if (direction is { } d && !TrackerCodes.IsTrackerDirection(d))
        {
            throw new ArgumentOutOfRangeException(nameof(direction), d, "A tracker's direction is improving, static or deteriorating.");
        }

        ProposedRating = proposedRating;
        Direction = direction;
        ContextualUpdate = string.IsNullOrWhiteSpace(contextualUpdate) ? null : contextualUpdate.Trim();
    }

    /// <summary>The overall rating the officer proposes: green, amber or red; <see langword="null"/> when not yet chosen.</summary>
    public Rating? ProposedRating { get; }

    /// <summary>Improving, static or deteriorating; <see langword="null"/> when not yet chosen.</summary>
    public DirectionOfTravel? Direction { get; }

    /// <summary>The contextual update, trimmed; <see langword="null"/> when there is none.</summary>
    public string? ContextualUpdate { get; }

    /// <summary>
    /// Reads the content as a form or the API sends it: blank words are not yet chosen; a rating other than
    /// <c>red</c>, <c>amber</c> or <c>green</c>, or a direction other than <c>improving</c>, <c>static</c> or
    /// <c>deteriorating</c>, is an error for that field. Whether everything needed is there is
    /// <see cref="TrackerSignOff.CheckSubmission"/>'s question, not this one's.
    /// </summary>
    public static bool TryRead(string? proposedRating, string? direction, string? contextualUpdate, out TrackerContent content, out IReadOnlyList<TrackerError> errors)
    {
        var found = new List<TrackerError>();
        Rating? rating = null;
        if (!string.IsNullOrWhiteSpace(proposedRating))
        {
            if (TrackerCodes.TryParseRating(proposedRating, out Rating r))
            {
                rating = r;
            }
            else
            {
                found.Add(new TrackerError(TrackerField.ProposedRating, "Select red, amber or green"));
            }
        }

        DirectionOfTravel? travel = null;
        if (!string.IsNullOrWhiteSpace(direction))
        {
            if (TrackerCodes.TryParseDirection(direction, out DirectionOfTravel d))
            {
                travel = d;
            }
            else
            {
                found.Add(new TrackerError(TrackerField.Direction, "Select improving, static or deteriorating"));
            }
        }

        content = new TrackerContent(rating, travel, contextualUpdate);
        errors = found;
        return found.Count == 0;
    }
}
