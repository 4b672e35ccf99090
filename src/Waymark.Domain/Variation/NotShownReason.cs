namespace Waymark.Variation;

/// <summary>Why an XmR chart shows no variation or assurance icon.</summary>
public enum NotShownReason
{
    /// <summary>There are no values.</summary>
    NoPoints = 0,

    /// <summary>Fewer points since the limits were last worked out than the settings' minimum: a run chart.</summary>
    TooFewPoints = 1,

    /// <summary>The indicator has no polarity, so no target can be passed or failed (assurance only).</summary>
    NoPolarity = 2,

    /// <summary>No target applies to the latest period (assurance only).</summary>
    NoTarget = 3,
}
