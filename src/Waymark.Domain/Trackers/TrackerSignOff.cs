using Waymark.Ratings;

namespace Waymark.Trackers;

/// <summary>
/// The sign-off of an action tracker. The officer edits a draft or returned tracker and submits it; the director
/// returns a submitted tracker with a comment, or agrees it with the proposed rating or, giving a reason, another;
/// an agreed tracker is locked. The checks return what a person has to put right, empty when nothing.
/// </summary>
public static class TrackerSignOff
{
    private static readonly TrackerError NoProposedRating = new(TrackerField.ProposedRating, "Select the overall rating you propose");
    private static readonly TrackerError NoDirection = new(TrackerField.Direction, "Select the direction of travel");
    private static readonly TrackerError NoContextualUpdate = new(TrackerField.ContextualUpdate, "Enter a contextual update");
    private static readonly TrackerError NoComment = new(TrackerField.Comment, "Enter a comment saying what the officer should change");
    private static readonly TrackerError NoAgreedRating = new(TrackerField.AgreedRating, "Select the rating you agree");
    private static readonly TrackerError NoAmendmentReason = new(TrackerField.AmendmentReason, "Enter the reason the agreed rating differs from the proposed one");
    private static readonly TrackerError ReasonWithoutAmendment = new(TrackerField.AmendmentReason, "Give a reason only when the agreed rating differs from the proposed one");

    /// <summary>
    /// Whether <paramref name="party"/> can change a tracker in <paramref name="state"/>: the officer a draft or
    /// returned one (its content), the director a submitted one (by returning or agreeing it); nobody an agreed one.
    /// </summary>
    public static bool CanEdit(TrackerParty party, TrackerState state) => party switch
    {
        TrackerParty.Officer => state is TrackerState.Draft or TrackerState.Returned,
        TrackerParty.Director => state is TrackerState.Submitted,
        _ => throw new ArgumentOutOfRangeException(nameof(party), party, "Unknown party."),
    };

    /// <summary>Whether a tracker in <paramref name="state"/> is locked: an agreed tracker can no longer be changed by anyone.</summary>
    public static bool IsLocked(TrackerState state) => state == TrackerState.Agreed;

    /// <summary>Who takes <paramref name="action"/>: the officer saves and submits, the director returns and agrees.</summary>
    public static TrackerParty Actor(SignOffAction action) => action switch
    {
        SignOffAction.Save or SignOffAction.Submit => TrackerParty.Officer,
        SignOffAction.Return or SignOffAction.Agree => TrackerParty.Director,
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, "Unknown action."),
    };

    /// <summary>
    /// Whether <paramref name="action"/> can be taken on a tracker in <paramref name="state"/>: save and submit from
    /// draft or returned, return and agree from submitted, nothing from agreed.
    /// </summary>
    public static bool IsAllowed(SignOffAction action, TrackerState state) => CanEdit(Actor(action), state);

    /// <summary>The state a tracker in <paramref name="state"/> is in after <paramref name="action"/>; saving leaves it as it was.</summary>
    /// <exception cref="InvalidOperationException">The action is not allowed in that state (<see cref="IsAllowed"/>).</exception>
    public static TrackerState After(SignOffAction action, TrackerState state)
    {
        if (!IsAllowed(action, state))
        {
            throw new InvalidOperationException($"{action} is not allowed on a {state.ToCode()} tracker.");
        }

        return action switch
        {
            SignOffAction.Submit => TrackerState.Submitted,
            SignOffAction.Return => TrackerState.Returned,
            SignOffAction.Agree => TrackerState.Agreed,
            _ => state,
        };
    }

    /// <summary>What a submission lacks: it needs a proposed rating, a direction of travel and a contextual update.</summary>
    public static IReadOnlyList<TrackerError> CheckSubmission(TrackerContent content)
    {
        var errors = new List<TrackerError>();
        if (content.ProposedRating is null)
        {
            errors.Add(NoProposedRating);
        }

        if (content.Direction is null)
        {
            errors.Add(NoDirection);
        }

        if (content.ContextualUpdate is null)
        {
            errors.Add(NoContextualUpdate);
        }

        return errors;
    }

    /// <summary>What a return lacks: it needs a comment (not blank) saying what the officer should change.</summary>
    public static IReadOnlyList<TrackerError> CheckReturn(string? comment) =>
        string.IsNullOrWhiteSpace(comment) ? [NoComment] : [];

    /// <summary>What an agreement lacks: an amendment (an agreed rating different from the proposed one) needs a reason.</summary>
    public static IReadOnlyList<TrackerError> CheckAgreement(TrackerAgreement agreement) =>
        agreement.IsAmended && agreement.Reason is null ? [NoAmendmentReason] : [];

    /// <summary>
    /// What a tracker said to be in <paramref name="state"/> lacks or should not hold, as when a file loads one: a
    /// submitted, returned or agreed tracker was submitted, so it holds everything a submission needs; only an agreed
    /// tracker has an agreed rating, and it has one; only an amended one has a reason, and it has one.
    /// </summary>
    public static IReadOnlyList<TrackerError> CheckHeld(TrackerState state, TrackerContent content, Rating? agreedRating, string? amendmentReason)
    {
        var errors = new List<TrackerError>();
        if (state != TrackerState.Draft)
        {
            errors.AddRange(CheckSubmission(content));
        }

        bool hasReason = !string.IsNullOrWhiteSpace(amendmentReason);
        if (state != TrackerState.Agreed)
        {
            if (agreedRating is not null)
            {
                errors.Add(new TrackerError(TrackerField.AgreedRating, $"Only an agreed tracker has an agreed rating, and this one is {state.ToCode()}"));
            }
            else if (hasReason)
            {
                errors.Add(ReasonWithoutAmendment);
            }
        }
        else if (agreedRating is not { } agreed)
        {
            errors.Add(NoAgreedRating);
        }
        else if (content.ProposedRating is { } proposed)
        {
            TrackerAgreement agreement = TrackerAgreement.For(proposed, agreed, amendmentReason);
            errors.AddRange(CheckAgreement(agreement));
            if (!agreement.IsAmended && hasReason)
            {
                errors.Add(ReasonWithoutAmendment);
            }
        }

        return errors;
    }

    /// <summary>The rating a list of trackers shows: the agreed one, else the proposed one, else <see cref="Rating.NotRated"/>.</summary>
    public static Rating ShownRating(Rating? agreed, Rating? proposed) => agreed ?? proposed ?? Rating.NotRated;
}
