using Waymark.Indicators;

namespace Waymark.Variation;

/// <summary>
/// An indicator's XmR chart as <see cref="XmrRules.Build"/> works it out: every point with its limits and special
/// causes, the calculations (segments) between recalculations, and the variation and assurance icons of the latest
/// point. Values are unrounded; round them for display only.
/// </summary>
/// <param name="Points">The points in period order.</param>
/// <param name="Segments">The calculations in period order; the last holds the latest limits.</param>
/// <param name="Polarity">The indicator's polarity, which says what is improvement and what concern.</param>
/// <param name="Target">The target of the latest period, if any.</param>
/// <param name="Settings">The settings it was drawn with.</param>
/// <param name="Variation">The variation icon of the latest point.</param>
/// <param name="VariationNotShown">Why there is no variation icon; null when there is one.</param>
/// <param name="Assurance">The assurance icon from the target against the latest limits.</param>
/// <param name="AssuranceNotShown">Why there is no assurance icon; null when there is one.</param>
public sealed record XmrChart(
    IReadOnlyList<XmrPoint> Points,
    IReadOnlyList<XmrSegment> Segments,
    Polarity Polarity,
    decimal? Target,
    XmrSettings Settings,
    VariationIcon Variation,
    NotShownReason? VariationNotShown,
    AssuranceIcon Assurance,
    NotShownReason? AssuranceNotShown)
{
    /// <summary>The latest point; null when there are none.</summary>
    public XmrPoint? Latest => Points.Count == 0 ? null : Points[^1];

    /// <summary>The latest calculation; null when there are no points.</summary>
    public XmrSegment? LatestSegment => Segments.Count == 0 ? null : Segments[^1];

    /// <summary>Whether any point has a special cause of concern.</summary>
    public bool HasConcern => Points.Any(p => p.Judgement == VariationJudgement.Concern);
}
