namespace Waymark.Trackers;

/// <summary>What a person does to a tracker.</summary>
public enum SignOffAction
{
    /// <summary>The officer saves the tracker's content without submitting it; its state does not change.</summary>
    Save = 1,

    /// <summary>The officer submits the tracker to the director.</summary>
    Submit = 2,

    /// <summary>The director returns the tracker to the officer, with a comment saying what to change.</summary>
    Return = 3,

    /// <summary>The director agrees the tracker, with the proposed rating or, giving a reason, a different one.</summary>
    Agree = 4,
}
