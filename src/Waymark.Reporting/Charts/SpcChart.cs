using Waymark.Indicators;
using Waymark.Reporting.Text;
using Waymark.Variation;

namespace Waymark.Reporting.Charts;

/// <summary>
/// The one layout of an indicator's XmR chart, for the indicator's page and the board report alike: the same size,
/// plot, scale and period axis as <see cref="TrendChart"/>, the values joined by a line, each point marked by shape as
/// well as colour (<see cref="SpcMark"/>), each calculation's mean and process limits over its own points, the target
/// across the plot, a line where the limits are worked out again, a legend of what is drawn, and each flagged point
/// labelled with the letters of the rules that flagged it (<see cref="Letter"/>), with a key to them.
/// </summary>
public static class SpcChart
{
    private const int Left = 70;
    private const int Right = 170;
    private const int Top = 20;
    private const int Bottom = 64;
    private const int BottomAcross = 36;
    private const int Ticks = 4;
    private const decimal CharacterWidth = 7.5m;

    /// <summary>
    /// Lays out <paramref name="chart"/> of the indicator <paramref name="code"/> with <paramref name="unit"/> (an
    /// indicator unit's code) and <paramref name="decimals"/>, its periods named by <paramref name="periodNames"/> (one
    /// for each point, in order).
    /// </summary>
    /// <exception cref="ArgumentException">There is not one period name for each point.</exception>
    public static SpcLayout Layout(string code, string title, string unit, int decimals, XmrChart chart, IReadOnlyList<string> periodNames)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentNullException.ThrowIfNull(periodNames);
        if (periodNames.Count != chart.Points.Count)
        {
            throw new ArgumentException($"There are {chart.Points.Count} points and {periodNames.Count} period names.", nameof(periodNames));
        }

        int width = TrendChart.Width;
        int height = TrendChart.Height;
        int count = chart.Points.Count;
        decimal plotWidth = width - Left - Right;
        decimal spacing = count <= 1 ? plotWidth : plotWidth / (count - 1);
        bool across = count == 0 || (periodNames.Max(p => p.Length) * CharacterWidth) + 10 <= spacing;
        int bottom = across ? BottomAcross : Bottom;
        decimal plotHeight = height - Top - bottom;
        string caption = $"{code} {title}: statistical process control chart{(count == 0 ? string.Empty : " to " + periodNames[^1])}";
        string description = Description(code, title, unit, decimals, chart, periodNames);
        var origin = new ChartPoint(Left, Top);
        if (count == 0)
        {
            return new SpcLayout(width, height, caption, description, origin, plotWidth, plotHeight, [], [], [], [], [], [], []);
        }

        var values = new List<decimal>(chart.Points.Select(p => p.Value));
        foreach (XmrSegment segment in chart.Segments)
        {
            if (segment.Limits is { } limits)
            {
                values.Add(limits.Upper);
                values.Add(limits.Lower);
            }
        }

        if (chart.Target is { } target)
        {
            values.Add(target);
        }

        ChartScale scale = ChartScale.Around(values, Ticks);
        decimal X(int i) => Round(Left + (count == 1 ? plotWidth / 2 : plotWidth * i / (count - 1)));
        decimal Y(decimal v) => Round(Top + (plotHeight * (scale.High - v) / (scale.High - scale.Low)));

        var ticks = new List<TrendTick>();
        foreach (decimal v in scale.Ticks())
        {
            decimal y = Y(v);
            ticks.Add(new TrendTick(
                new ChartSegment(new ChartPoint(Left, y), new ChartPoint(Left + plotWidth, y)),
                new ChartText(new ChartPoint(Left - 6, y + 4), ReportNumbers.Number(v, scale.Decimals), ChartAnchor.End, 0m)));
        }

        var periods = periodNames
            .Select((p, i) => across
                ? new ChartText(new ChartPoint(X(i), height - bottom + 20), p, ChartAnchor.Middle, 0m)
                : new ChartText(new ChartPoint(X(i), height - bottom + 16), p, ChartAnchor.End, -35m))
            .ToList();

        var rules = new List<SpcRule>();
        if (chart.Target is { } line)
        {
            rules.Add(new SpcRule(SpcMark.Target, new ChartSegment(new ChartPoint(Left, Y(line)), new ChartPoint(Left + plotWidth, Y(line)))));
        }

        foreach (XmrSegment segment in chart.Segments)
        {
            // A calculation's lines run over its own points, half a step either side, so that one point has lines too.
            decimal half = count == 1 ? plotWidth / 2 : plotWidth / (count - 1) / 2;
            decimal from = Math.Max(Left, X(segment.FirstPoint) - half);
            decimal to = Math.Min(Left + plotWidth, X(segment.FirstPoint + segment.Count - 1) + half);
            if (segment.Recalculation is not null)
            {
                rules.Add(new SpcRule(SpcMark.Recalculation, new ChartSegment(new ChartPoint(Round(from), Top), new ChartPoint(Round(from), Top + plotHeight))));
            }

            if (segment.Limits is { } limits)
            {
                rules.Add(new SpcRule(SpcMark.ProcessLimit, Across(from, to, Y(limits.Upper))));
                rules.Add(new SpcRule(SpcMark.ProcessLimit, Across(from, to, Y(limits.Lower))));
                rules.Add(new SpcRule(SpcMark.Mean, Across(from, to, Y(limits.Mean))));
            }
        }

        var markers = chart.Points.Select((p, i) => Marker(p, new ChartPoint(X(i), Y(p.Value)), periodNames[i], Top, Top + plotHeight)).ToList();
        var drawn = new HashSet<SpcMark>([SpcMark.Result, .. rules.Select(r => r.Mark), .. markers.Select(m => m.Mark)]);
        SpcMark[] keyed = [.. Enum.GetValues<SpcMark>().Where(drawn.Contains)];
        SpecialCauseRule[] flagged = [.. Enum.GetValues<SpecialCauseRule>().Where(r => markers.Any(m => m.Rules.Contains(r)))];

        // The legend and the key share the column right of the plot; they close up when there are many entries.
        decimal step = Math.Min(20m, (height - Top - 16m) / (keyed.Length + flagged.Length));
        decimal KeyY(int entry) => Round(Top + 8 + (entry * step));
        var legend = new List<SpcKey>();
        foreach (SpcMark mark in keyed)
        {
            decimal y = KeyY(legend.Count);
            legend.Add(new SpcKey(mark, new ChartPoint(width - Right + 26, y), new ChartText(new ChartPoint(width - Right + 46, y + 4), Name(mark), ChartAnchor.Start, 0m)));
        }

        var ruleKeys = new List<SpcRuleKey>();
        foreach (SpecialCauseRule rule in flagged)
        {
            decimal y = KeyY(legend.Count + ruleKeys.Count);
            ruleKeys.Add(new SpcRuleKey(
                rule,
                new ChartText(new ChartPoint(width - Right + 26, y + 4), Letter(rule), ChartAnchor.Middle, 0m),
                new ChartText(new ChartPoint(width - Right + 46, y + 4), RuleName(rule), ChartAnchor.Start, 0m)));
        }

        return new SpcLayout(width, height, caption, description, origin, plotWidth, plotHeight, ticks, periods, [.. markers.Select(m => m.At)], rules, markers, legend, ruleKeys);
    }

    /// <summary>
    /// The letter that labels a point a rule flagged, on the chart and in its table: L for a point outside the limits,
    /// 2 for two of three beyond a two-sigma line, S for a shift, T for a trend.
    /// </summary>
    public static string Letter(SpecialCauseRule rule) => rule switch
    {
        SpecialCauseRule.OutsideLimits => "L",
        SpecialCauseRule.TwoOfThree => "2",
        SpecialCauseRule.Shift => "S",
        SpecialCauseRule.Trend => "T",
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, "Unknown rule."),
    };

    /// <summary>A rule's name in the chart's key: "Outside the limits", "Two of three", "Shift", "Trend".</summary>
    public static string RuleName(SpecialCauseRule rule) => rule switch
    {
        SpecialCauseRule.OutsideLimits => "Outside the limits",
        SpecialCauseRule.TwoOfThree => "Two of three",
        SpecialCauseRule.Shift => "Shift",
        SpecialCauseRule.Trend => "Trend",
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, "Unknown rule."),
    };

    /// <summary>Paints <paramref name="layout"/> as an SVG element with a title and a description for screen readers, its ids starting <paramref name="id"/>.</summary>
    public static string Svg(SpcLayout layout, string id, string? cssClass = null)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return SpcSvg.Paint(layout, id, cssClass);
    }

    /// <summary>What a point's judgement is drawn as.</summary>
    public static SpcMark MarkOf(VariationJudgement judgement) => judgement switch
    {
        VariationJudgement.CommonCause => SpcMark.CommonCause,
        VariationJudgement.Improvement => SpcMark.Improvement,
        VariationJudgement.Concern => SpcMark.Concern,
        VariationJudgement.Neither => SpcMark.Neither,
        _ => SpcMark.NotAssessed,
    };

    /// <summary>A mark's name in the legend: "Mean", "Process limits", "Special cause concern".</summary>
    public static string Name(SpcMark mark) => mark switch
    {
        SpcMark.Result => "Result",
        SpcMark.Mean => "Mean",
        SpcMark.ProcessLimit => "Process limits",
        SpcMark.Target => "Target",
        SpcMark.Recalculation => "Recalculated",
        SpcMark.CommonCause => "Common cause",
        SpcMark.Improvement => "Improvement",
        SpcMark.Concern => "Concern",
        SpcMark.Neither => "Neither",
        _ => "Not assessed",
    };

    // A flagged point's letters go above it when a rule found it high, below when low, and to the other side when
    // that side would leave the plot.
    private static SpcMarker Marker(XmrPoint point, ChartPoint at, string period, decimal top, decimal bottom)
    {
        SpecialCauseRule[] rules = [.. point.Causes.Select(c => c.Rule).Distinct().Order()];
        if (rules.Length == 0)
        {
            return new SpcMarker(at, period, MarkOf(point.Judgement), rules, null);
        }

        bool above = point.Causes.Any(c => c.Side == VariationSide.High) || !point.Causes.Any(c => c.Side == VariationSide.Low);
        decimal y = above ? at.Y - 10 : at.Y + 19;
        if (y - 10 < top || y > bottom)
        {
            y = above ? at.Y + 19 : at.Y - 10;
        }

        var label = new ChartText(new ChartPoint(at.X, Round(y)), string.Join(" ", rules.Select(Letter)), ChartAnchor.Middle, 0m);
        return new SpcMarker(at, period, MarkOf(point.Judgement), rules, label);
    }

    private static string Description(string code, string title, string unit, int decimals, XmrChart chart, IReadOnlyList<string> periodNames)
    {
        if (chart.Points.Count == 0)
        {
            return $"Statistical process control chart of {code} {title}: there are no results to plot.";
        }

        string span = periodNames.Count == 1 ? periodNames[0] : $"{periodNames[0]} to {periodNames[^1]}";
        string points = chart.Points.Count == 1 ? "1 point" : $"{chart.Points.Count} points";
        string sentence = $"Statistical process control chart of {code} {title}, {span}: {points}.";
        int lines = decimals + 1;
        if (chart.LatestSegment is { Limits: { } limits })
        {
            sentence += $" The latest mean is {ReportNumbers.WithUnit(DecimalRounding.HalfUp(limits.Mean, lines), lines, unit)}"
                + $", with process limits from {ReportNumbers.WithUnit(DecimalRounding.HalfUp(limits.Lower, lines), lines, unit)}"
                + $" to {ReportNumbers.WithUnit(DecimalRounding.HalfUp(limits.Upper, lines), lines, unit)}.";
        }
        else if (chart.LatestSegment is { } segment && VariationText.RunChart(segment, chart.Settings) is { } run)
        {
            sentence += $" {run}.";
        }

        int recalculations = chart.Segments.Count(s => s.Recalculation is not null);
        if (recalculations > 0)
        {
            sentence += recalculations == 1 ? " The limits are worked out again once." : $" The limits are worked out again {recalculations} times.";
        }

        int concerns = chart.Points.Count(p => p.Judgement == VariationJudgement.Concern);
        int improvements = chart.Points.Count(p => p.Judgement == VariationJudgement.Improvement);
        sentence += $" {Count(improvements)} of special cause improvement and {Count(concerns).ToLowerInvariant()} of special cause concern.";
        sentence += $" {VariationText.Variation(chart)}. {VariationText.Assurance(chart)}.";
        return sentence + " The same figures are in the table that follows.";
    }

    private static string Count(int count) => count switch
    {
        0 => "No points",
        1 => "1 point",
        _ => $"{count} points",
    };

    private static ChartSegment Across(decimal from, decimal to, decimal y) => new(new ChartPoint(Round(from), y), new ChartPoint(Round(to), y));

    private static decimal Round(decimal value) => Math.Round(value, 1, MidpointRounding.AwayFromZero);
}
