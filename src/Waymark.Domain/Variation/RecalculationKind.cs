namespace Waymark.Variation;

/// <summary>Why an XmR chart's limits are worked out again from a period on.</summary>
public enum RecalculationKind
{
    /// <summary>The indicator's definition changed in a way that breaks its series: a recalculation by itself.</summary>
    SeriesBreak = 0,

    /// <summary>An officer added one, with a reason (a change of process, a new service), which is audited.</summary>
    Officer = 1,
}
