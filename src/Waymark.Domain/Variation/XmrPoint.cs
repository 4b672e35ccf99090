using Waymark.Periods;

namespace Waymark.Variation;

/// <summary>One point of an XmR chart: its value, moving range, the limits it is judged against and what they say.</summary>
/// <param name="Period">The period.</param>
/// <param name="Value">The value.</param>
/// <param name="MovingRange">The difference from the previous value, ignoring sign; null for the first point of a calculation.</param>
/// <param name="Segment">The position of the calculation the point belongs to in <see cref="XmrChart.Segments"/>.</param>
/// <param name="Limits">The limits the point is judged against; null on a run chart (too few points).</param>
/// <param name="InBaseline">Whether the point is one the limits were worked out from.</param>
/// <param name="Causes">The rules that flagged the point, in rule order; empty for common-cause variation.</param>
/// <param name="Judgement">What the point's variation means; when rules disagree, the settings say which wins.</param>
/// <param name="Side">Which way the winning special cause points; null without a special cause.</param>
public sealed record XmrPoint(
    ReportingPeriod Period,
    decimal Value,
    decimal? MovingRange,
    int Segment,
    XmrLimits? Limits,
    bool InBaseline,
    IReadOnlyList<SpecialCause> Causes,
    VariationJudgement Judgement,
    VariationSide? Side)
{
    /// <summary>The special causes that agree with <see cref="Judgement"/>: the ones a reader is told about.</summary>
    public IEnumerable<SpecialCause> WinningCauses => Causes.Where(c => c.Judgement == Judgement);
}
