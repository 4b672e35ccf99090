namespace Waymark.Ratings;

/// <summary>A rating, with the reason when it is <see cref="Rating.NotRated"/>.</summary>
public readonly record struct RatingOutcome
{
    private RatingOutcome(Rating rating, NotRatedReason? reason)
    {
        Rating = rating;
        Reason = reason;
    }

    /// <summary>The rating.</summary>
    public Rating Rating { get; }

    /// <summary>Why it was not rated; <see langword="null"/> when it was.</summary>
    public NotRatedReason? Reason { get; }

    /// <summary>A red, amber or green rating.</summary>
    public static RatingOutcome Rated(Rating rating)
    {
        if (rating == Rating.NotRated)
        {
            throw new ArgumentOutOfRangeException(nameof(rating), "Use NotRated(reason) for an indicator that is not rated.");
        }

        return new(rating, null);
    }

    /// <summary>Not rated, for <paramref name="reason"/>.</summary>
    public static RatingOutcome NotRated(NotRatedReason reason) => new(Rating.NotRated, reason);

    /// <summary><c>green</c>, or <c>not_rated (no_target)</c>.</summary>
    public override string ToString() =>
        Reason is { } r ? $"{Rating.ToCode()} ({r.ToCode()})" : Rating.ToCode();
}
