namespace Waymark.Trackers;

/// <summary>The part of a tracker, or of a sign-off step, that a <see cref="TrackerError"/> is about.</summary>
public enum TrackerField
{
    /// <summary>The overall rating the officer proposes.</summary>
    ProposedRating = 1,

    /// <summary>The direction of travel.</summary>
    Direction = 2,

    /// <summary>The contextual update.</summary>
    ContextualUpdate = 3,

    /// <summary>The director's comment when returning the tracker.</summary>
    Comment = 4,

    /// <summary>The rating the director agreed.</summary>
    AgreedRating = 5,

    /// <summary>The director's reason for agreeing a rating different from the proposed one.</summary>
    AmendmentReason = 6,
}
