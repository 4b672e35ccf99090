using Waymark.Ratings;
using Waymark.Trackers;

namespace Waymark.Domain.Tests.Trackers;

public sealed class TrackerSignOffTests
{
    private static readonly TrackerContent Complete = new(Rating.Amber, DirectionOfTravel.Improving, "Conceptions fell for a second quarter.");

    /// <summary>Every action from every state: the state after it, or null where it is not allowed.</summary>
    public static TheoryData<SignOffAction, TrackerState, TrackerState?> Transitions => new()
    {
        { SignOffAction.Save, TrackerState.Draft, TrackerState.Draft },
        { SignOffAction.Save, TrackerState.Returned, TrackerState.Returned },
        { SignOffAction.Save, TrackerState.Submitted, null },
        { SignOffAction.Save, TrackerState.Agreed, null },
        { SignOffAction.Submit, TrackerState.Draft, TrackerState.Submitted },
        { SignOffAction.Submit, TrackerState.Returned, TrackerState.Submitted },
        { SignOffAction.Submit, TrackerState.Submitted, null },
        { SignOffAction.Submit, TrackerState.Agreed, null },
        { SignOffAction.Return, TrackerState.Submitted, TrackerState.Returned },
        { SignOffAction.Return, TrackerState.Draft, null },
        { SignOffAction.Return, TrackerState.Returned, null },
        { SignOffAction.Return, TrackerState.Agreed, null },
        { SignOffAction.Agree, TrackerState.Submitted, TrackerState.Agreed },
        { SignOffAction.Agree, TrackerState.Draft, null },
        { SignOffAction.Agree, TrackerState.Returned, null },
        { SignOffAction.Agree, TrackerState.Agreed, null },
    };

    [Theory]
    [MemberData(nameof(Transitions))]
    public void After_EachActionFromEachState_MovesToItsStateOrIsRefused(SignOffAction action, TrackerState from, TrackerState? to)
    {
        Assert.Equal(to is not null, TrackerSignOff.IsAllowed(action, from));
        if (to is { } expected)
        {
            Assert.Equal(expected, TrackerSignOff.After(action, from));
        }
        else
        {
            Assert.Throws<InvalidOperationException>(() => TrackerSignOff.After(action, from));
        }
    }

    [Theory]
    [InlineData(TrackerState.Draft, true, false, false)]
    [InlineData(TrackerState.Submitted, false, true, false)]
    [InlineData(TrackerState.Agreed, false, false, true)]
    [InlineData(TrackerState.Returned, true, false, false)]
    public void CanEdit_EachState_OfficerOrDirectorOrNobody(TrackerState state, bool officer, bool director, bool locked)
    {
        Assert.Equal(
            (officer, director, locked),
            (TrackerSignOff.CanEdit(TrackerParty.Officer, state), TrackerSignOff.CanEdit(TrackerParty.Director, state), TrackerSignOff.IsLocked(state)));
    }

    [Theory]
    [InlineData(SignOffAction.Save, TrackerParty.Officer)]
    [InlineData(SignOffAction.Submit, TrackerParty.Officer)]
    [InlineData(SignOffAction.Return, TrackerParty.Director)]
    [InlineData(SignOffAction.Agree, TrackerParty.Director)]
    public void Actor_EachAction_IsTheOfficerOrTheDirector(SignOffAction action, TrackerParty party)
    {
        Assert.Equal(party, TrackerSignOff.Actor(action));
    }

    public static TheoryData<Rating?, DirectionOfTravel?, string?, string[]> Submissions => new()
    {
        { Rating.Amber, DirectionOfTravel.Improving, "Conceptions fell.", [] },
        { null, DirectionOfTravel.Improving, "Conceptions fell.", ["ProposedRating: Select the overall rating you propose"] },
        { Rating.Amber, null, "Conceptions fell.", ["Direction: Select the direction of travel"] },
        { Rating.Amber, DirectionOfTravel.Improving, null, ["ContextualUpdate: Enter a contextual update"] },
        { Rating.Amber, DirectionOfTravel.Improving, "   ", ["ContextualUpdate: Enter a contextual update"] },
        {
            null, null, null,
            ["ProposedRating: Select the overall rating you propose", "Direction: Select the direction of travel", "ContextualUpdate: Enter a contextual update"]
        },
    };

    [Theory]
    [MemberData(nameof(Submissions))]
    public void CheckSubmission_EachMissingField_IsNamed(Rating? rating, DirectionOfTravel? direction, string? update, string[] expected)
    {
        Assert.Equal(expected, Messages(TrackerSignOff.CheckSubmission(new TrackerContent(rating, direction, update))));
    }

    [Theory]
    [InlineData("Say which wards improved.", new string[0])]
    [InlineData(null, new[] { "Comment: Enter a comment saying what the officer should change" })]
    [InlineData(" ", new[] { "Comment: Enter a comment saying what the officer should change" })]
    public void CheckReturn_NeedsAComment(string? comment, string[] expected)
    {
        Assert.Equal(expected, Messages(TrackerSignOff.CheckReturn(comment)));
    }

    public static TheoryData<Rating?, string?, bool, string?, string[]> Agreements => new()
    {
        { null, null, false, null, [] },
        { Rating.Amber, null, false, null, [] },
        { Rating.Amber, "Agreed as proposed.", false, null, [] },
        { Rating.Red, "Referrals rose after the quarter ended.", true, "Referrals rose after the quarter ended.", [] },
        { Rating.Red, null, true, null, ["AmendmentReason: Enter the reason the agreed rating differs from the proposed one"] },
        { Rating.Green, "  ", true, null, ["AmendmentReason: Enter the reason the agreed rating differs from the proposed one"] },
    };

    [Theory]
    [MemberData(nameof(Agreements))]
    public void CheckAgreement_OfAnAmberProposal_NeedsAReasonOnlyWhenAmended(Rating? agreed, string? reason, bool amended, string? kept, string[] expected)
    {
        TrackerAgreement agreement = TrackerAgreement.For(Rating.Amber, agreed, reason);

        Assert.Equal((agreed ?? Rating.Amber, amended, kept), (agreement.Agreed, agreement.IsAmended, agreement.Reason));
        Assert.Equal(expected, Messages(TrackerSignOff.CheckAgreement(agreement)));
    }

    [Fact]
    public void Agreement_NotRated_IsACallersBug()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TrackerAgreement.For(Rating.Amber, Rating.NotRated, "No data."));
        Assert.Throws<ArgumentOutOfRangeException>(() => TrackerAgreement.For(Rating.NotRated, null, null));
    }

    public static TheoryData<TrackerState, TrackerContent, Rating?, string?, string[]> Held => new()
    {
        { TrackerState.Draft, default, null, null, [] },
        { TrackerState.Draft, Complete, Rating.Amber, null, ["AgreedRating: Only an agreed tracker has an agreed rating, and this one is draft"] },
        { TrackerState.Draft, Complete, null, "Too early.", ["AmendmentReason: Give a reason only when the agreed rating differs from the proposed one"] },
        { TrackerState.Submitted, Complete, null, null, [] },
        {
            TrackerState.Submitted, default, null, null,
            ["ProposedRating: Select the overall rating you propose", "Direction: Select the direction of travel", "ContextualUpdate: Enter a contextual update"]
        },
        { TrackerState.Returned, new TrackerContent(Rating.Red, DirectionOfTravel.Static, null), null, null, ["ContextualUpdate: Enter a contextual update"] },
        { TrackerState.Returned, Complete, Rating.Red, null, ["AgreedRating: Only an agreed tracker has an agreed rating, and this one is returned"] },
        { TrackerState.Agreed, Complete, Rating.Amber, null, [] },
        { TrackerState.Agreed, Complete, null, null, ["AgreedRating: Select the rating you agree"] },
        { TrackerState.Agreed, Complete, Rating.Red, "Referrals rose after the quarter ended.", [] },
        { TrackerState.Agreed, Complete, Rating.Red, null, ["AmendmentReason: Enter the reason the agreed rating differs from the proposed one"] },
        { TrackerState.Agreed, Complete, Rating.Amber, "As proposed.", ["AmendmentReason: Give a reason only when the agreed rating differs from the proposed one"] },
        { TrackerState.Agreed, new TrackerContent(Rating.Green, DirectionOfTravel.Improving, null), Rating.Green, null, ["ContextualUpdate: Enter a contextual update"] },
    };

    [Theory]
    [MemberData(nameof(Held))]
    public void CheckHeld_EachState_NeedsWhatItsStepsNeeded(TrackerState state, TrackerContent content, Rating? agreed, string? reason, string[] expected)
    {
        Assert.Equal(expected, Messages(TrackerSignOff.CheckHeld(state, content, agreed, reason)));
    }

    [Theory]
    [InlineData(Rating.Red, Rating.Amber, Rating.Red)]
    [InlineData(null, Rating.Amber, Rating.Amber)]
    [InlineData(null, null, Rating.NotRated)]
    public void ShownRating_IsTheAgreedElseTheProposedRating(Rating? agreed, Rating? proposed, Rating shown)
    {
        Assert.Equal(shown, TrackerSignOff.ShownRating(agreed, proposed));
    }

    [Theory]
    [InlineData("amber", "improving", " Fell. ", true, "Fell.", new string[0])]
    [InlineData("", " ", "", true, null, new string[0])]
    [InlineData("not_rated", "improving", null, false, null, new[] { "ProposedRating: Select red, amber or green" })]
    [InlineData("yellow", "better", null, false, null, new[] { "ProposedRating: Select red, amber or green", "Direction: Select improving, static or deteriorating" })]
    [InlineData("red", "increased", null, false, null, new[] { "Direction: Select improving, static or deteriorating" })]
    public void ContentTryRead_FormWords_AreReadOrNamed(string rating, string direction, string? update, bool read, string? kept, string[] expected)
    {
        Assert.Equal(read, TrackerContent.TryRead(rating, direction, update, out TrackerContent content, out IReadOnlyList<TrackerError> errors));
        Assert.Equal(expected, Messages(errors));
        Assert.Equal(kept, content.ContextualUpdate);
    }

    [Fact]
    public void Content_NotRatedOrNotComparable_IsACallersBug()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TrackerContent(Rating.NotRated, null, null));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TrackerContent(null, DirectionOfTravel.NotComparable, null));
    }

    private static string[] Messages(IReadOnlyList<TrackerError> errors) => [.. errors.Select(e => $"{e.Field}: {e.Message}")];
}
