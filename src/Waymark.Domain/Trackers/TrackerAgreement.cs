using Waymark.Ratings;

namespace Waymark.Trackers;

/// <summary>
/// The director's agreement of a submitted tracker: the rating the officer proposed and the rating the director
/// agrees. When the two differ the agreement is an <em>amendment</em>, and it needs the director's reason.
/// </summary>
public readonly record struct TrackerAgreement
{
    private TrackerAgreement(Rating proposed, Rating agreed, string? reason)
    {
        Proposed = proposed;
        Agreed = agreed;
        Reason = reason;
    }

    /// <summary>The rating the officer proposed.</summary>
    public Rating Proposed { get; }

    /// <summary>The rating the director agrees.</summary>
    public Rating Agreed { get; }

    /// <summary>
    /// Why the agreed rating differs from the proposed one, trimmed; <see langword="null"/> when none was given, and
    /// always <see langword="null"/> when the two ratings are the same (a reason is kept only for an amendment).
    /// </summary>
    public string? Reason { get; }

    /// <summary>Whether the director agrees a rating different from the one proposed.</summary>
    public bool IsAmended => Agreed != Proposed;

    /// <summary>
    /// The agreement of a tracker that proposed <paramref name="proposed"/>: the director agrees
    /// <paramref name="agreed"/>, or the proposed rating when <see langword="null"/>, with <paramref name="reason"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A rating is not one a tracker can hold (green, amber or red).</exception>
    public static TrackerAgreement For(Rating proposed, Rating? agreed, string? reason)
    {
        if (!TrackerCodes.IsTrackerRating(proposed))
        {
            throw new ArgumentOutOfRangeException(nameof(proposed), proposed, "A tracker is rated green, amber or red.");
        }

        Rating chosen = agreed ?? proposed;
        if (!TrackerCodes.IsTrackerRating(chosen))
        {
            throw new ArgumentOutOfRangeException(nameof(agreed), chosen, "A tracker is rated green, amber or red.");
        }

        string? kept = chosen == proposed || string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        return new TrackerAgreement(proposed, chosen, kept);
    }
}
