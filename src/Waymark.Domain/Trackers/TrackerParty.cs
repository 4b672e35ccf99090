namespace Waymark.Trackers;

/// <summary>The two sides of a tracker's sign-off. Which person is which is decided by the priority they are named on.</summary>
public enum TrackerParty
{
    /// <summary>The accountable officer who leads the priority, and the partners who contribute to its tracker.</summary>
    Officer = 1,

    /// <summary>The priority's accountable director, who agrees or returns what the officer submitted.</summary>
    Director = 2,
}
