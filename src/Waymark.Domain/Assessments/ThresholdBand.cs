namespace Waymark.Assessments;

/// <summary>Where an indicator's value falls against its framework's two thresholds, from the worst band.</summary>
public enum ThresholdBand
{
    /// <summary>Short of the lower threshold.</summary>
    Bottom = 1,

    /// <summary>At or past the lower threshold but short of the upper one.</summary>
    Middle = 2,

    /// <summary>At or past the upper threshold.</summary>
    Top = 3,
}
