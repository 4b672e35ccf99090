namespace Waymark.Trackers;

/// <summary>
/// Where an action tracker is in its sign-off: the accountable officer drafts it and submits it; the accountable
/// director agrees it, which locks it, or returns it with a comment for the officer to change and submit again.
/// </summary>
public enum TrackerState
{
    /// <summary>Being written by the accountable officer (and the partners named on the priority); not yet submitted.</summary>
    Draft = 0,

    /// <summary>Submitted by the officer and waiting for the director to agree or return it.</summary>
    Submitted = 1,

    /// <summary>Agreed by the director, with the agreed rating: locked, nobody can change it.</summary>
    Agreed = 2,

    /// <summary>Returned by the director with a comment; the officer can change it and submit it again.</summary>
    Returned = 3,
}
