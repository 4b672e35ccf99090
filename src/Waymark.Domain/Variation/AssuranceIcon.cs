namespace Waymark.Variation;

/// <summary>
/// Making Data Count's assurance icon: where the target lies against the latest process limits, so whether the
/// process as it runs can be relied on to meet it.
/// </summary>
public enum AssuranceIcon
{
    /// <summary>No icon (see <see cref="XmrChart.AssuranceNotShown"/>).</summary>
    NotShown = 0,

    /// <summary>The target is on or beyond the limit on the worse side: the process consistently passes it.</summary>
    ConsistentlyPasses = 1,

    /// <summary>The target lies strictly between the limits: the process will sometimes meet it and sometimes not.</summary>
    HitOrMiss = 2,

    /// <summary>The target is on or beyond the limit on the better side: the process consistently fails it.</summary>
    ConsistentlyFails = 3,
}
