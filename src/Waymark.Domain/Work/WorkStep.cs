namespace Waymark.Work;

/// <summary>What the reporting cycle waits for someone to do.</summary>
public enum WorkStep
{
    /// <summary>An indicator's owner enters the result the cycle needs from it.</summary>
    EnterReturn = 0,

    /// <summary>A priority's lead officer starts the tracker the cycle needs from it.</summary>
    StartTracker = 1,

    /// <summary>A priority's lead officer completes and submits a draft tracker.</summary>
    SubmitTracker = 2,

    /// <summary>A priority's lead officer revises a tracker the director returned, and submits it again.</summary>
    ReviseReturnedTracker = 3,

    /// <summary>A priority's accountable director agrees, or returns, a submitted tracker's rating.</summary>
    AgreeRating = 4,

    /// <summary>A partner named on a priority adds their contribution to its tracker while it is a draft.</summary>
    ContributeToTracker = 5,
}
