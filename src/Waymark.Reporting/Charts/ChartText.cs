namespace Waymark.Reporting.Charts;

/// <summary>A label on a chart: its baseline position, which end sits there, and its rotation in degrees about that point.</summary>
public sealed record ChartText(ChartPoint At, string Text, ChartAnchor Anchor, decimal Rotation);
