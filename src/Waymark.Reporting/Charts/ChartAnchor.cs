namespace Waymark.Reporting.Charts;

/// <summary>Which end of a chart's text sits at its position.</summary>
public enum ChartAnchor
{
    Start = 1,
    End = 2,
    Middle = 3,
}
