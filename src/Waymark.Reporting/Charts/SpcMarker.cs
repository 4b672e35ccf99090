namespace Waymark.Reporting.Charts;

/// <summary>One point of an XmR chart: where it is drawn, its period and what kind of point it is.</summary>
public sealed record SpcMarker(ChartPoint At, string Period, SpcMark Mark);
