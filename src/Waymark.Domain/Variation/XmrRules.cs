using Waymark.Indicators;
using Waymark.Periods;

namespace Waymark.Variation;

/// <summary>
/// Statistical process control as NHS England's "Making Data Count" defines it, for an indicator's series of values:
/// an XmR chart (the values, their moving ranges, the mean, process limits at the mean ± 2.66 x the mean moving
/// range, one- and two-sigma lines at sigma = the mean moving range / 1.128), its special-cause rules, and the
/// variation and assurance icons. Pure and unrounded; the rules and their sources are in <c>docs/rules.md</c>.
/// </summary>
public static class XmrRules
{
    /// <summary>
    /// Works out the chart of <paramref name="values"/> (in period order, one per period) for an indicator with
    /// <paramref name="polarity"/>, judging the latest limits against <paramref name="target"/>, the target of the
    /// latest period. The series is split into calculations at each recalculation; each calculation with at least
    /// <see cref="XmrSettings.MinimumPoints"/> points has limits from its first
    /// <see cref="XmrSettings.BaselinePoints"/> points (all of them by default) and its points are checked against
    /// the rules within it; a shorter one is a run chart. The rules: a point beyond a limit; a shift of
    /// <see cref="XmrSettings.ShiftLength"/> points all above or all below the mean (a point on the mean breaks it);
    /// a trend of <see cref="XmrSettings.TrendLength"/> points each strictly higher or lower than the one before (a
    /// tie breaks it); two of three points in a row beyond the same two-sigma line (every point of the pattern is
    /// flagged, those beyond the line for two of three).
    /// </summary>
    /// <exception cref="ArgumentException">The settings have <see cref="XmrSettings.Problems"/>, or the periods are not in order or repeat.</exception>
    public static XmrChart Build(IReadOnlyList<XmrValue> values, Polarity polarity, decimal? target, XmrSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        settings ??= XmrSettings.Default;
        IReadOnlyList<SettingProblem> problems = settings.Problems();
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join("; ", problems.Select(p => p.Message)), nameof(settings));
        }

        for (int i = 1; i < values.Count; i++)
        {
            if (values[i].Period <= values[i - 1].Period)
            {
                throw new ArgumentException($"The values must be in period order, one per period: {values[i].Period} follows {values[i - 1].Period}.", nameof(values));
            }
        }

        List<XmrSegment> segments = Segments(values, settings);
        var causes = new List<SpecialCause>?[values.Count];
        foreach (XmrSegment segment in segments)
        {
            if (segment.Limits is { } limits)
            {
                var rules = new SegmentRules(values, segment.FirstPoint, segment.Count, limits, settings, polarity, causes);
                rules.Apply();
            }
        }

        var points = new XmrPoint[values.Count];
        for (int s = 0; s < segments.Count; s++)
        {
            XmrSegment segment = segments[s];
            for (int i = segment.FirstPoint; i < segment.FirstPoint + segment.Count; i++)
            {
                points[i] = Point(values, i, s, segment, causes[i], settings);
            }
        }

        XmrSegment? latest = segments.Count == 0 ? null : segments[^1];
        (VariationIcon variation, NotShownReason? variationNotShown) = VariationOf(points);
        (AssuranceIcon assurance, NotShownReason? assuranceNotShown) = AssuranceOf(latest, polarity, target);
        return new XmrChart(points, segments, polarity, target, settings, variation, variationNotShown, assurance, assuranceNotShown);
    }

    /// <summary>
    /// The assurance icon of a target against limits for an indicator with <paramref name="polarity"/>: consistently
    /// passes when the target is on or beyond the limit on the worse side (at or below the lower limit when higher is
    /// better), consistently fails when it is on or beyond the limit on the better side, hit or miss between them. A
    /// target exactly on a limit counts as on that limit's side.
    /// </summary>
    /// <exception cref="ArgumentException">The polarity is <see cref="Polarity.None"/>: there is nothing to pass or fail.</exception>
    public static AssuranceIcon AssuranceOf(XmrLimits limits, Polarity polarity, decimal target)
    {
        return polarity switch
        {
            Polarity.Higher => target <= limits.Lower ? AssuranceIcon.ConsistentlyPasses
                : target >= limits.Upper ? AssuranceIcon.ConsistentlyFails
                : AssuranceIcon.HitOrMiss,
            Polarity.Lower => target >= limits.Upper ? AssuranceIcon.ConsistentlyPasses
                : target <= limits.Lower ? AssuranceIcon.ConsistentlyFails
                : AssuranceIcon.HitOrMiss,
            _ => throw new ArgumentException("An indicator without polarity has no assurance icon.", nameof(polarity)),
        };
    }

    /// <summary>
    /// The mean and limits worked out from <paramref name="count"/> values from <paramref name="first"/>: the mean of
    /// the values and of their moving ranges; with screening, moving ranges above 3.267 x that mean are left out and
    /// the mean moving range is worked out again once; with <see cref="XmrSettings.RecomputeMean"/>, the values outside
    /// the limits that gives are then left out of the mean, worked out again once.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Fewer than two values, or a range outside the list.</exception>
    public static XmrLimits LimitsOf(IReadOnlyList<XmrValue> values, int first, int count, XmrSettings settings)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, XmrSettings.FewestPoints);
        ArgumentOutOfRangeException.ThrowIfNegative(first);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(first + count, values.Count);

        decimal sum = 0m;
        decimal rangeSum = 0m;
        for (int i = first; i < first + count; i++)
        {
            sum += values[i].Value;
            if (i > first)
            {
                rangeSum += Math.Abs(values[i].Value - values[i - 1].Value);
            }
        }

        decimal mean = sum / count;
        decimal meanRange = rangeSum / (count - 1);
        if (!settings.ScreenMovingRangeOutliers)
        {
            return new XmrLimits(mean, meanRange, count);
        }

        decimal rangeLimit = XmrSettings.MovingRangeLimitFactor * meanRange;
        decimal keptSum = 0m;
        int kept = 0;
        for (int i = first + 1; i < first + count; i++)
        {
            decimal range = Math.Abs(values[i].Value - values[i - 1].Value);
            if (range <= rangeLimit)
            {
                keptSum += range;
                kept++;
            }
        }

        // Not every range can be above 3.267 times their mean, so at least one is kept.
        meanRange = keptSum / kept;
        if (!settings.RecomputeMean)
        {
            return new XmrLimits(mean, meanRange, count);
        }

        var screened = new XmrLimits(mean, meanRange, count);
        decimal insideSum = 0m;
        int inside = 0;
        for (int i = first; i < first + count; i++)
        {
            decimal v = values[i].Value;
            if (v >= screened.Lower && v <= screened.Upper)
            {
                insideSum += v;
                inside++;
            }
        }

        return inside == 0 ? screened : new XmrLimits(insideSum / inside, meanRange, count);
    }

    private static List<XmrSegment> Segments(IReadOnlyList<XmrValue> values, XmrSettings settings)
    {
        var segments = new List<XmrSegment>();
        if (values.Count == 0)
        {
            return segments;
        }

        // Each recalculation starts at the first value of its period or later; series breaks come before officers' ones.
        var starts = new SortedDictionary<int, Recalculation>();
        IEnumerable<Recalculation> recalculations = settings.Recalculations.Count == 0 ? [] : settings.Recalculations.OrderBy(r => r.From).ThenBy(r => r.Kind);
        foreach (Recalculation r in recalculations)
        {
            int at = FirstAtOrAfter(values, r.From);
            if (at >= 0)
            {
                starts.TryAdd(at, r);
            }
        }

        starts.Remove(0, out Recalculation? first);
        var boundaries = new List<(int Start, Recalculation? Recalculation)> { (0, first) };
        boundaries.AddRange(starts.Select(kv => (kv.Key, (Recalculation?)kv.Value)));
        for (int b = 0; b < boundaries.Count; b++)
        {
            int start = boundaries[b].Start;
            int end = b + 1 < boundaries.Count ? boundaries[b + 1].Start : values.Count;
            int count = end - start;
            XmrLimits? limits = count >= settings.MinimumPoints
                ? LimitsOf(values, start, Math.Min(settings.BaselinePoints ?? count, count), settings)
                : null;
            segments.Add(new XmrSegment(values[start].Period, boundaries[b].Recalculation, start, count, limits));
        }

        return segments;
    }

    private static int FirstAtOrAfter(IReadOnlyList<XmrValue> values, ReportingPeriod period)
    {
        for (int i = 0; i < values.Count; i++)
        {
            if (values[i].Period >= period)
            {
                return i;
            }
        }

        return -1;
    }

    private static XmrPoint Point(IReadOnlyList<XmrValue> values, int i, int segmentIndex, XmrSegment segment, List<SpecialCause>? causes, XmrSettings settings)
    {
        decimal? range = i > segment.FirstPoint ? Math.Abs(values[i].Value - values[i - 1].Value) : null;
        bool inBaseline = segment.Limits is { } l && i - segment.FirstPoint < l.BaselinePoints;
        if (segment.Limits is null || causes is null)
        {
            VariationJudgement plain = segment.Limits is null ? VariationJudgement.NotAssessed : VariationJudgement.CommonCause;
            return new XmrPoint(values[i].Period, values[i].Value, range, segmentIndex, segment.Limits, inBaseline, [], plain, null);
        }

        causes.Sort(static (a, b) => a.Rule != b.Rule ? a.Rule.CompareTo(b.Rule) : a.Side.CompareTo(b.Side));
        bool improvement = false;
        bool concern = false;
        foreach (SpecialCause c in causes)
        {
            improvement |= c.Judgement == VariationJudgement.Improvement;
            concern |= c.Judgement == VariationJudgement.Concern;
        }

        VariationJudgement judgement = improvement && concern
            ? (settings.ImprovementWins ? VariationJudgement.Improvement : VariationJudgement.Concern)
            : causes[0].Judgement;
        VariationSide side = causes.Find(c => c.Judgement == judgement).Side;
        return new XmrPoint(values[i].Period, values[i].Value, range, segmentIndex, segment.Limits, inBaseline, causes, judgement, side);
    }

    private static (VariationIcon, NotShownReason?) VariationOf(XmrPoint[] points)
    {
        if (points.Length == 0)
        {
            return (VariationIcon.NotShown, NotShownReason.NoPoints);
        }

        XmrPoint latest = points[^1];
        return latest.Judgement switch
        {
            VariationJudgement.NotAssessed => (VariationIcon.NotShown, NotShownReason.TooFewPoints),
            VariationJudgement.CommonCause => (VariationIcon.CommonCause, null),
            VariationJudgement.Improvement => (latest.Side == VariationSide.High ? VariationIcon.ImprovementHigh : VariationIcon.ImprovementLow, null),
            VariationJudgement.Concern => (latest.Side == VariationSide.High ? VariationIcon.ConcernHigh : VariationIcon.ConcernLow, null),
            _ => (latest.Side == VariationSide.High ? VariationIcon.NeitherHigh : VariationIcon.NeitherLow, null),
        };
    }

    private static (AssuranceIcon, NotShownReason?) AssuranceOf(XmrSegment? latest, Polarity polarity, decimal? target)
    {
        if (latest is null)
        {
            return (AssuranceIcon.NotShown, NotShownReason.NoPoints);
        }

        if (latest.Limits is not { } limits)
        {
            return (AssuranceIcon.NotShown, NotShownReason.TooFewPoints);
        }

        if (polarity == Polarity.None)
        {
            return (AssuranceIcon.NotShown, NotShownReason.NoPolarity);
        }

        return target is { } t ? (AssuranceOf(limits, polarity, t), null) : (AssuranceIcon.NotShown, NotShownReason.NoTarget);
    }

    /// <summary>The rules applied to the points of one calculation, each flagging the points of its patterns.</summary>
    private readonly struct SegmentRules(
        IReadOnlyList<XmrValue> values, int first, int count, XmrLimits limits, XmrSettings settings, Polarity polarity, List<SpecialCause>?[] causes)
    {
        public void Apply()
        {
            OutsideLimits();
            TwoOfThree();
            Shifts();
            Trends();
        }

        private void OutsideLimits()
        {
            for (int i = first; i < first + count; i++)
            {
                decimal v = values[i].Value;
                if (v > limits.Upper)
                {
                    Flag(i, SpecialCauseRule.OutsideLimits, VariationSide.High, 1);
                }
                else if (v < limits.Lower)
                {
                    Flag(i, SpecialCauseRule.OutsideLimits, VariationSide.Low, 1);
                }
            }
        }

        private void TwoOfThree()
        {
            if (count < 3)
            {
                return;
            }

            // Which side's two-sigma line each point is beyond (0 for neither), worked out once.
            Span<sbyte> beyond = count <= 256 ? stackalloc sbyte[count] : new sbyte[count];
            for (int i = 0; i < count; i++)
            {
                beyond[i] = BeyondTwoSigma(values[first + i].Value);
            }

            for (int start = 0; start + 3 <= count; start++)
            {
                foreach (sbyte side in (ReadOnlySpan<sbyte>)[1, -1])
                {
                    int n = (beyond[start] == side ? 1 : 0) + (beyond[start + 1] == side ? 1 : 0) + (beyond[start + 2] == side ? 1 : 0);
                    if (n < 2)
                    {
                        continue;
                    }

                    for (int i = start; i < start + 3; i++)
                    {
                        if (beyond[i] == side)
                        {
                            Flag(first + i, SpecialCauseRule.TwoOfThree, side > 0 ? VariationSide.High : VariationSide.Low, n);
                        }
                    }
                }
            }
        }

        private sbyte BeyondTwoSigma(decimal v)
        {
            bool counts = settings.BeyondThreeSigmaCountsTowardsTwoOfThree;
            if (v > limits.UpperTwoSigma && (counts || v <= limits.Upper))
            {
                return 1;
            }

            return v < limits.LowerTwoSigma && (counts || v >= limits.Lower) ? (sbyte)-1 : (sbyte)0;
        }

        private void Shifts()
        {
            int runStart = first;
            for (int i = first; i <= first + count; i++)
            {
                int side = i < first + count ? Math.Sign(values[i].Value.CompareTo(limits.Mean)) : 0;
                int runSide = Math.Sign(values[runStart].Value.CompareTo(limits.Mean));
                if (i < first + count && side == runSide && side != 0)
                {
                    continue;
                }

                int length = i - runStart;
                if (runSide != 0 && length >= settings.ShiftLength)
                {
                    for (int j = runStart; j < i; j++)
                    {
                        Flag(j, SpecialCauseRule.Shift, runSide > 0 ? VariationSide.High : VariationSide.Low, length);
                    }
                }

                runStart = i;
            }
        }

        private void Trends()
        {
            foreach (int direction in (ReadOnlySpan<int>)[1, -1])
            {
                int runStart = first;
                for (int i = first + 1; i <= first + count; i++)
                {
                    if (i < first + count && Math.Sign(values[i].Value.CompareTo(values[i - 1].Value)) == direction)
                    {
                        continue;
                    }

                    int length = i - runStart;
                    if (length >= settings.TrendLength)
                    {
                        for (int j = runStart; j < i; j++)
                        {
                            Flag(j, SpecialCauseRule.Trend, direction > 0 ? VariationSide.High : VariationSide.Low, length);
                        }
                    }

                    runStart = i;
                }
            }
        }

        private void Flag(int i, SpecialCauseRule rule, VariationSide side, int length)
        {
            List<SpecialCause> list = causes[i] ??= [];
            int existing = list.FindIndex(c => c.Rule == rule && c.Side == side);
            var cause = new SpecialCause(rule, side, length, JudgementOf(side));
            if (existing < 0)
            {
                list.Add(cause);
            }
            else if (list[existing].Length < length)
            {
                list[existing] = cause;
            }
        }

        private VariationJudgement JudgementOf(VariationSide side) => polarity switch
        {
            Polarity.Higher => side == VariationSide.High ? VariationJudgement.Improvement : VariationJudgement.Concern,
            Polarity.Lower => side == VariationSide.High ? VariationJudgement.Concern : VariationJudgement.Improvement,
            _ => VariationJudgement.Neither,
        };
    }
}
